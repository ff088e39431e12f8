package uk.youthjustice.library.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manifest is checked whole before the library is looked at.
 */
class ManifestCheckTests {

	private static final byte[] FILE = "Monday 7pm".getBytes(StandardCharsets.UTF_8);

	private static final String SHA = TestZips.sha256(FILE);

	@Test
	void aCompleteManifestHasNoProblems() {
		assertThat(problems(TestZips.manifest(SHA, FILE.length), true)).isEmpty();
	}

	@Test
	void anAttachmentWhoseBytesAreNotInTheZipIsNamed() {
		assertThat(problems(TestZips.manifest(SHA, FILE.length), false)).containsExactly(Problem
			.of("exchange.problem.missing-attachment", "timetable.txt", "resources/rowing-at-night", "files/" + SHA));
	}

	@Test
	void referencesMustNameItemsOfTheManifest() {
		ObjectNode manifest = TestZips.manifest(SHA, FILE.length);
		ObjectNode resource = (ObjectNode) manifest.get("resources").get(0);
		resource.put("category", "day-work");
		resource.withArray("topics").add("trains");
		assertThat(problems(manifest, true)).containsExactly(
				Problem.of("exchange.problem.unknown-reference", "resources/rowing-at-night", "category", "day-work"),
				Problem.of("exchange.problem.unknown-reference", "resources/rowing-at-night", "topics", "trains"));
	}

	@Test
	void missingFieldsUnknownValuesAndDuplicatesAreNamed() {
		ObjectNode manifest = TestZips.manifest(SHA, FILE.length);
		ObjectNode resource = (ObjectNode) manifest.get("resources").get(0);
		resource.remove("title");
		resource.put("kind", "POEM");
		manifest.withArray("topics").addObject().put("slug", "boats").put("name", "More boats");
		manifest.withArray("users").addObject().put("email", "KEEPER@harbour.example").put("displayName", "Again");
		assertThat(problems(manifest, true)).containsExactlyInAnyOrder(
				Problem.of("exchange.problem.duplicate", "topics", "boats"),
				Problem.of("exchange.problem.duplicate", "users", "KEEPER@harbour.example"),
				Problem.of("exchange.problem.missing-field", "resources/rowing-at-night", "title"),
				Problem.of("exchange.problem.bad-value", "resources/rowing-at-night", "kind", "POEM"));
	}

	private static List<Problem> problems(ObjectNode tree, boolean filesPresent) {
		Manifest manifest = ManifestJson.MAPPER.treeToValue(tree, Manifest.class);
		return ManifestCheck.problems(manifest, (entry) -> filesPresent);
	}

}
