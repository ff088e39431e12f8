package uk.youthjustice.library.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the admin resource list offers, by the value of its {@code sort} parameter.
 */
enum ResourceListSort {

	/** Most recently changed first, the default: what editors are working on. */
	CHANGED("changed"),

	TITLE("title"),

	/** Most recently published first; never-published resources last. */
	PUBLISHED("published");

	private final String parameter;

	ResourceListSort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

	static Optional<ResourceListSort> fromParameter(String value) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(value)).findFirst();
	}

}
