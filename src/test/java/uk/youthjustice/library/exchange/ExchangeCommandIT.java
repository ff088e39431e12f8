package uk.youthjustice.library.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.node.ObjectNode;

import uk.youthjustice.library.PracticeLibraryApplication;
import uk.youthjustice.library.system.LibraryCommands;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} and {@code import} as {@code java -jar practice-library.jar} runs them
 * (its main method hands them to {@link LibraryCommands}), in this JVM rather than a
 * process of their own to spare the suite jar starts, and on the zero-set-up embedded
 * database (the other exchange tests use PostgreSQL): a new library fills itself with the
 * demo content and exports it; a second, empty library imports the export; its own export
 * is the same.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeCommandIT {

	/**
	 * Not JUnit temporary folders: files that the demo content queued are still being
	 * read when a command's library closes, and JUnit fails a test whose folder changes
	 * while it deletes it.
	 */
	private static Path source;

	private static Path target;

	@TempDir
	static Path folder;

	@BeforeAll
	static void twoDataDirectories() throws IOException {
		source = Files.createTempDirectory("exchange-source");
		target = Files.createTempDirectory("exchange-target");
	}

	@AfterAll
	static void removeTheDataDirectories() {
		FileSystemUtils.deleteRecursively(source.toFile());
		FileSystemUtils.deleteRecursively(target.toFile());
	}

	@Test
	@Order(1)
	void helpListsBothCommands() {
		Result help = run("help");
		assertThat(help.status()).isZero();
		assertThat(help.output()).contains("export  ").contains("import  ");
	}

	@Test
	@Order(2)
	void exportWritesTheWholeLibraryToAZip() {
		Path zip = folder.resolve("library.zip");
		Result export = run("export", zip.toString(), "--library.data-dir=" + source);
		assertThat(export.status()).as(export.output()).isZero();
		assertThat(export.output()).contains("Exported 30 resources and 5 files to " + zip + ".");
		assertThat(zip).isRegularFile();
		assertThat(folder.resolve("library.zip.partial")).doesNotExist();

		Result again = run("export", zip.toString(), "--library.data-dir=" + source);
		assertThat(again.status()).isEqualTo(1);
		assertThat(again.output()).contains(zip + " already exists");
	}

	@Test
	@Order(3)
	void anotherLibraryImportsItAndExportsTheSame() throws IOException {
		Result imported = run("import", folder.resolve("library.zip").toString(), "--merge",
				"--library.data-dir=" + target, "--library.demo-content=false");
		assertThat(imported.status()).as(imported.output()).isZero();
		assertThat(imported.output()).startsWith("Imported.")
			.contains("Resources: 30 created, 0 already present, 0 refused")
			.contains("Attached files: 5 created, 0 already present, 0 refused");

		Path again = folder.resolve("again.zip");
		assertThat(run("export", again.toString(), "--library.data-dir=" + target).status()).isZero();
		assertThat(manifest(again)).isEqualTo(manifest(folder.resolve("library.zip")));
	}

	private static ObjectNode manifest(Path zip) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			ObjectNode manifest = (ObjectNode) ManifestJson.MAPPER
				.readTree(file.getInputStream(file.getEntry(Manifest.ENTRY)));
			manifest.remove("exportedAt");
			return manifest;
		}
	}

	private static Result run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		int status = LibraryCommands.run(PracticeLibraryApplication.class, args, out, out);
		return new Result(status, bytes.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String output) {
	}

}
