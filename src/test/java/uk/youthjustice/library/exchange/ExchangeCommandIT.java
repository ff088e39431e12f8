package uk.youthjustice.library.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import uk.youthjustice.library.PracticeLibraryApplication;
import uk.youthjustice.library.support.TestDatabase;
import uk.youthjustice.library.system.LibraryCommands;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} and {@code import} as {@code java -jar practice-library.jar} runs them
 * (its main method hands them to {@link LibraryCommands}), in this JVM rather than a
 * process of their own to spare the suite two jar starts: a library on a fresh database
 * fills itself with the demo content and exports it; the same export, checked against
 * that library with {@code --merge --dry-run}, would add nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeCommandIT {

	/**
	 * Not a JUnit temporary folder: files that the demo content queued are still being
	 * read when a command's library closes, and JUnit fails a test whose folder changes
	 * while it deletes it.
	 */
	private static Path dataDir;

	@TempDir
	static Path folder;

	private static String databaseUrl;

	@BeforeAll
	static void aFreshDatabase() throws IOException {
		databaseUrl = TestDatabase.createFresh("exchange_command");
		dataDir = Files.createTempDirectory("exchange-command");
	}

	@AfterAll
	static void removeTheDataDirectory() {
		FileSystemUtils.deleteRecursively(dataDir.toFile());
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
		Result export = run("export", zip.toString());
		assertThat(export.status()).as(export.output()).isZero();
		assertThat(export.output()).containsPattern("Exported 30 resources and [0-9]+ files to " + zip + "\\.");
		assertThat(zip).isRegularFile();
		assertThat(folder.resolve("library.zip.partial")).doesNotExist();
	}

	@Test
	@Order(3)
	void importWithMergeAndDryRunReportsWhatItWouldDo() {
		Result check = run("import", folder.resolve("library.zip").toString(), "--merge", "--dry-run");
		assertThat(check.status()).as(check.output()).isZero();
		assertThat(check.output()).contains("Checked: nothing was written.")
			.contains("Resources: 0 created, 30 already present, 0 refused");
	}

	private static Result run(String... words) {
		String[] settings = { "--spring.datasource.url=" + databaseUrl,
				"--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(), "--library.data-dir=" + dataDir };
		String[] args = (words[0].equals("help")) ? words : concat(words, settings);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		int status = LibraryCommands.run(PracticeLibraryApplication.class, args, out, out);
		return new Result(status, bytes.toString(StandardCharsets.UTF_8));
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private record Result(int status, String output) {
	}

}
