package uk.youthjustice.library.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.search.index.IndexDirectory.Found;
import uk.youthjustice.library.search.index.IndexDirectory.Marker;

import static org.assertj.core.api.Assertions.assertThat;

/** What the check before Hibernate Search starts finds on disk, and the marker. */
class IndexDirectoryTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T19:17:02Z"), ZoneOffset.UTC);

	@TempDir
	Path dataDir;

	@Test
	void noDirectoryOrAnEmptyOneIsMissing() throws IOException {
		Path root = this.dataDir.resolve("index");
		assertThat(IndexDirectory.check(root, CLOCK).found()).isEqualTo(Found.MISSING);
		Files.createDirectories(root.resolve("resource"));
		Files.createFile(root.resolve("resource").resolve(IndexWriter.WRITE_LOCK_NAME));
		assertThat(IndexDirectory.check(root, CLOCK).found()).isEqualTo(Found.MISSING);
		assertThat(root).isDirectory();
	}

	@Test
	void anIndexThatOpensIsLeftWhereItIs() throws IOException {
		Path root = this.dataDir.resolve("index");
		writeIndex(root.resolve("resource"));

		IndexDirectory directory = IndexDirectory.check(root, CLOCK);

		assertThat(directory.found()).isEqualTo(Found.PRESENT);
		assertThat(directory.movedTo()).isEmpty();
		assertThat(root.resolve("resource")).isDirectory();
	}

	@Test
	void garbageIsMovedAsideWholeWithItsMarker() throws IOException {
		Path root = this.dataDir.resolve("index");
		IndexDirectory.check(root, CLOCK).mark(marker(1));
		Path resource = Files.createDirectories(root.resolve("resource"));
		Files.write(resource.resolve("segments_2"), randomBytes(238));
		Files.write(resource.resolve("_0.cfs"), randomBytes(4096));

		IndexDirectory directory = IndexDirectory.check(root, CLOCK);

		Path aside = this.dataDir.resolve("index.broken-20261205T191702Z");
		assertThat(directory.found()).isEqualTo(Found.MOVED_ASIDE);
		assertThat(directory.movedTo()).contains(aside);
		assertThat(root).doesNotExist();
		assertThat(aside.resolve("resource").resolve("segments_2")).exists();
		assertThat(aside.resolve(IndexDirectory.MARKER)).exists();
		assertThat(directory.marker()).isEmpty();
	}

	@Test
	void filesWithoutACommitPointAreBroken() throws IOException {
		Path root = this.dataDir.resolve("index");
		Files.write(Files.createDirectories(root.resolve("resource")).resolve("_0.cfs"), randomBytes(100));
		assertThat(IndexDirectory.check(root, CLOCK).found()).isEqualTo(Found.MOVED_ASIDE);
	}

	@Test
	void aDamagedSegmentIsBrokenEvenWithItsCommitPoint() throws IOException {
		Path root = this.dataDir.resolve("index");
		Path resource = root.resolve("resource");
		writeIndex(resource);
		try (var files = Files.list(resource)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".si")).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				bytes[bytes.length / 2] ^= 0x5a;
				Files.write(file, bytes);
			}
		}
		assertThat(IndexDirectory.check(root, CLOCK).found()).isEqualTo(Found.MOVED_ASIDE);
	}

	@Test
	void theMarkerIsWrittenReadAndRemoved() throws IOException {
		IndexDirectory directory = IndexDirectory.check(this.dataDir.resolve("index"), CLOCK);
		assertThat(directory.marker()).isEmpty();

		directory.mark(marker(7));
		assertThat(directory.marker()).contains(marker(7));
		assertThat(Files.readString(this.dataDir.resolve("index").resolve(IndexDirectory.MARKER)))
			.contains("mapping-version=7", "synonyms=0f1e");

		directory.unmark();
		assertThat(directory.marker()).isEmpty();
	}

	@Test
	void aMarkerFromBeforeTheSynonymsWereRecordedNamesNone() throws IOException {
		Path root = Files.createDirectories(this.dataDir.resolve("index"));
		Files.writeString(root.resolve(IndexDirectory.MARKER),
				"mapping-version=7\nbuilt-at=2026-12-05T10\\:00\\:00Z\ndocuments=30\ntook=PT3.25S\n");

		assertThat(IndexDirectory.check(root, CLOCK).marker()).hasValueSatisfying((marker) -> {
			assertThat(marker.mappingVersion()).isEqualTo(7);
			assertThat(marker.synonyms()).isNull();
		});
	}

	@Test
	void anUnreadableMarkerCountsAsNone() throws IOException {
		Path root = Files.createDirectories(this.dataDir.resolve("index"));
		Files.writeString(root.resolve(IndexDirectory.MARKER), "mapping-version=one\n");
		assertThat(IndexDirectory.check(root, CLOCK).marker()).isEmpty();
	}

	private static Marker marker(int version) {
		return new Marker(version, Instant.parse("2026-12-05T10:00:00Z"), 30, Duration.ofMillis(3_250), "0f1e");
	}

	private static void writeIndex(Path directory) throws IOException {
		try (FSDirectory lucene = FSDirectory.open(directory);
				IndexWriter writer = new IndexWriter(lucene, new IndexWriterConfig())) {
			Document document = new Document();
			document.add(new StringField("id", "1", Field.Store.YES));
			writer.addDocument(document);
			writer.commit();
		}
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

}
