package uk.youthjustice.library.editorial;

import java.util.Arrays;
import java.util.Optional;

import uk.youthjustice.library.catalogue.ResourceKind;

/** The kinds of resource as the address of the new-resource form names them. */
enum Kinds {

	PRACTICE_EXAMPLE("practice-example", ResourceKind.PRACTICE_EXAMPLE),

	GUIDANCE("guidance", ResourceKind.GUIDANCE_DOCUMENT);

	private final String parameter;

	private final ResourceKind kind;

	Kinds(String parameter, ResourceKind kind) {
		this.parameter = parameter;
		this.kind = kind;
	}

	String parameter() {
		return this.parameter;
	}

	ResourceKind kind() {
		return this.kind;
	}

	static Optional<Kinds> fromParameter(String parameter) {
		return Arrays.stream(values()).filter((kind) -> kind.parameter.equals(parameter)).findFirst();
	}

	static Kinds of(ResourceKind kind) {
		return Arrays.stream(values()).filter((candidate) -> candidate.kind == kind).findFirst().orElseThrow();
	}

}
