package uk.youthjustice.library.legacy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

import uk.youthjustice.library.system.LibraryCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The import-legacy command’s answers that need no database. */
class LegacyImportCommandTests {

	@TempDir
	Path folder;

	private final LegacyImport importer = mock(LegacyImport.class);

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private int run(String... words) {
		List<String> arguments = List.of(words).stream().filter((word) -> !word.startsWith("--")).toList();
		return new LegacyImportCommand(this.importer, new DefaultApplicationArguments(words)).run(arguments,
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	@Test
	void withoutFilesItSaysHowToUseIt() {
		assertThat(run("--publish")).isEqualTo(LibraryCommand.USAGE);
		assertThat(output()).contains("import-legacy FILE... [--publish] [--dry-run]");
	}

	@Test
	void anyBadFileStopsTheWholeRunBeforeAnythingIsRead() throws Exception {
		Path good = Files.writeString(this.folder.resolve("good.txt"), LegacyPageParserTests.fixture("quirks.txt"));
		Path empty = Files.write(this.folder.resolve("empty.txt"), new byte[0]);
		assertThat(run(good.toString(), empty.toString())).isEqualTo(LibraryCommand.FAILED);
		assertThat(output()).contains("empty.txt: the file is empty")
			.contains("Nothing was imported: every file must be a page of the old hub.");
		assertThat(run(this.folder.resolve("missing.txt").toString())).isEqualTo(LibraryCommand.FAILED);
		assertThat(output()).contains("missing.txt: no such file");
		Path big = this.folder.resolve("big.txt");
		try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { 'a' }), 50L * 1024 * 1024);
		}
		assertThat(run(big.toString())).isEqualTo(LibraryCommand.FAILED);
		assertThat(output()).contains("big.txt: the file is 50.0 MB, more than the 2 MB");
		verifyNoInteractions(this.importer);
	}

	@Test
	void aDryRunWithNothingToImportExitsNonZero() throws Exception {
		Path page = Files.writeString(this.folder.resolve("page.txt"), "Some text without a category.\n");
		when(this.importer.dryRun(any(), anyBoolean())).thenAnswer((call) -> new ImportReport(List.of(), false, false));
		assertThat(run(page.toString(), "--dry-run")).isEqualTo(LibraryCommand.FAILED);
		assertThat(output()).contains("Would import 0 drafts").contains("Nothing could be imported.");
	}

}
