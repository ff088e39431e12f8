package uk.youthjustice.library.exchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The zip is refused before anything of it is used: a name leading outside its folder,
 * too many entries, more bytes than allowed however small the zip, no manifest, a
 * manifest of another format version or none, and a file that is not a zip.
 */
class ImportArchiveTests {

	private static final ExchangeProperties LIMITS = new ExchangeProperties(null, null, null);

	private static final byte[] FILE = "Monday 7pm".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void namesThatLeaveTheFolderAreUnsafe() {
		assertThat(ImportArchive.isSafe("manifest.json")).isTrue();
		assertThat(ImportArchive.isSafe("files/" + "a".repeat(64))).isTrue();
		assertThat(ImportArchive.isSafe("files/")).isTrue();
		assertThat(ImportArchive.isSafe("../evil.sh")).isFalse();
		assertThat(ImportArchive.isSafe("files/../../evil.sh")).isFalse();
		assertThat(ImportArchive.isSafe("/etc/passwd")).isFalse();
		assertThat(ImportArchive.isSafe("..\\evil.bat")).isFalse();
		assertThat(ImportArchive.isSafe("C:/Windows/evil.dll")).isFalse();
		assertThat(ImportArchive.isSafe("files/./x")).isFalse();
		assertThat(ImportArchive.isSafe("files/x\u0000.txt")).isFalse();
		assertThat(ImportArchive.isSafe("")).isFalse();
	}

	@Test
	void aZipWithAnEntryEscapingItsFolderIsRefusedNamingIt() throws Exception {
		Path zip = validZip().entry("../../outside.txt", "gotcha").writeTo(this.folder);
		assertThatExceptionOfType(ImportRefused.class).isThrownBy(() -> ImportArchive.open(zip, LIMITS))
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly(Problem.of("exchange.problem.unsafe-entries", 1, "../../outside.txt")));
	}

	@Test
	void aZipWithTooManyEntriesIsRefused() throws Exception {
		TestZips zips = validZip();
		for (int i = 0; i < 10; i++) {
			zips.entry("extra/" + i, "x");
		}
		Path zip = zips.writeTo(this.folder);
		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> ImportArchive.open(zip, new ExchangeProperties(5, null, null)))
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly(Problem.of("exchange.problem.too-many-entries", 5)));
	}

	@Test
	void bytesAreCountedAsTheyUnpackNotAsTheZipSays() throws Exception {
		// A megabyte of zeros deflates to about a kilobyte.
		Path zip = validZip().entry("files/zeros", new byte[1024 * 1024]).writeTo(this.folder);
		assertThat(Files.size(zip)).isLessThan(20_000);
		ExchangeProperties limits = new ExchangeProperties(null, DataSize.ofKilobytes(512), null);
		try (ImportArchive archive = ImportArchive.open(zip, limits); InputStream in = archive.open("files/zeros")) {
			assertThatExceptionOfType(ImportArchive.TooLarge.class)
				.isThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()));
		}
	}

	@Test
	void aManifestOverItsLimitIsRefused() throws Exception {
		ObjectNode manifest = TestZips.manifest(TestZips.sha256(FILE), FILE.length);
		manifest.put("padding", "x".repeat(2 * 1024 * 1024));
		Path zip = TestZips.with(manifest).writeTo(this.folder);
		ExchangeProperties limits = new ExchangeProperties(null, null, DataSize.ofMegabytes(1));
		try (ImportArchive archive = ImportArchive.open(zip, limits)) {
			assertThatExceptionOfType(ImportRefused.class).isThrownBy(() -> archive.manifest(ManifestJson.MAPPER))
				.satisfies((refused) -> assertThat(refused.problems())
					.containsExactly(Problem.of("exchange.problem.manifest-too-large", 1)));
		}
	}

	@Test
	void aManifestOfAnUnknownVersionIsRefusedWithBothVersions() throws Exception {
		ObjectNode manifest = TestZips.manifest(TestZips.sha256(FILE), FILE.length);
		manifest.put("formatVersion", 2);
		assertThat(problems(TestZips.with(manifest).entry(Manifest.fileEntry(TestZips.sha256(FILE)), FILE)))
			.containsExactly(Problem.of("exchange.problem.unknown-version", "2", Manifest.FORMAT_VERSION));
	}

	@Test
	void aManifestWithoutAVersionIsRefused() throws Exception {
		ObjectNode manifest = TestZips.manifest(TestZips.sha256(FILE), FILE.length);
		manifest.remove("formatVersion");
		assertThat(problems(TestZips.with(manifest)))
			.containsExactly(Problem.of("exchange.problem.no-version", Manifest.FORMAT_VERSION));
	}

	@Test
	void aZipWithoutAManifestIsRefused() throws Exception {
		assertThat(problems(new TestZips().entry("notes.txt", "hello")))
			.containsExactly(Problem.of("exchange.problem.no-manifest"));
	}

	@Test
	void aManifestThatIsNotJsonIsRefused() throws Exception {
		assertThat(problems(new TestZips().entry(Manifest.ENTRY, "{ not json"))).singleElement()
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("exchange.problem.manifest-unreadable"));
	}

	@Test
	void aFileThatIsNotAZipIsRefused() throws Exception {
		Path text = Files.writeString(this.folder.resolve("export.zip"), "PK? no, just text");
		Path empty = Files.createFile(this.folder.resolve("empty.zip"));
		for (Path file : new Path[] { text, empty }) {
			assertThatExceptionOfType(ImportRefused.class).isThrownBy(() -> ImportArchive.open(file, LIMITS))
				.satisfies((refused) -> assertThat(refused.problems())
					.containsExactly(Problem.of("exchange.problem.not-a-zip")));
		}
	}

	@Test
	void aValidZipGivesItsManifest() throws Exception {
		try (ImportArchive archive = ImportArchive.open(validZip().writeTo(this.folder), LIMITS)) {
			Manifest manifest = archive.manifest(ManifestJson.MAPPER);
			assertThat(manifest.resources()).singleElement()
				.satisfies((resource) -> assertThat(resource.title()).isEqualTo("Rowing at night"));
			assertThat(manifest.users()).singleElement()
				.satisfies((user) -> assertThat(user.roles()).containsExactly("EDITOR"));
			assertThat(archive.has(Manifest.fileEntry(TestZips.sha256(FILE)))).isTrue();
		}
	}

	private java.util.List<Problem> problems(TestZips zips) throws Exception {
		try (ImportArchive archive = ImportArchive.open(zips.writeTo(this.folder), LIMITS)) {
			archive.manifest(ManifestJson.MAPPER);
			return java.util.List.of();
		}
		catch (ImportRefused ex) {
			return ex.problems();
		}
	}

	private static TestZips validZip() {
		return TestZips.with(TestZips.manifest(TestZips.sha256(FILE), FILE.length))
			.entry(Manifest.fileEntry(TestZips.sha256(FILE)), FILE);
	}

}
