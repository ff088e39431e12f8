package uk.youthjustice.library.attachments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import uk.youthjustice.library.system.LibraryProperties;
import uk.youthjustice.library.system.OperationsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness and storage: the data directory and the content store each need the
 * configured free space; a content store not created yet is measured on the nearest
 * existing parent.
 */
class StorageHealthIndicatorTests {

	@TempDir
	Path dataDir;

	@Test
	void upWithBothDirectoriesWhileTheDiskHasRoom() throws Exception {
		Path store = Files.createDirectories(this.dataDir.resolve("elsewhere/files"));

		Health answer = health(store, DataSize.ofBytes(1)).health();

		assertThat(answer.getStatus()).isEqualTo(Status.UP);
		assertThat(detail(answer, "dataDirectory")).containsEntry("path", this.dataDir.toAbsolutePath().toString())
			.containsKey("free");
		assertThat(detail(answer, "contentStore")).containsEntry("path", store.toAbsolutePath().toString());
	}

	@Test
	void aContentStoreNotCreatedYetIsMeasuredWhereItWillBe() {
		Health answer = health(null, DataSize.ofBytes(1)).health();

		assertThat(answer.getStatus()).isEqualTo(Status.UP);
		assertThat(detail(answer, "contentStore")).containsEntry("path",
				this.dataDir.resolve("files").toAbsolutePath().toString());
	}

	@Test
	void downWhenTheDiskHasLessFreeSpaceThanTheThreshold() {
		Health answer = health(null, DataSize.ofTerabytes(100_000)).health();

		assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
		assertThat(detail(answer, "dataDirectory")).containsEntry("problem",
				"less free space than library.operations.min-free-space");
		assertThat(answer.getDetails()).containsEntry("threshold", DataSize.ofTerabytes(100_000).toBytes());
	}

	private StorageHealthIndicator health(Path store, DataSize threshold) {
		LibraryProperties library = new LibraryProperties(this.dataDir, null, false, null, null);
		AttachmentsProperties attachments = new AttachmentsProperties(store, null, null, null, null, null);
		return new StorageHealthIndicator(library, attachments, new OperationsProperties(threshold, null));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> detail(Health health, String name) {
		return (Map<String, Object>) health.getDetails().get(name);
	}

}
