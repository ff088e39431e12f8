package uk.youthjustice.library.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

import uk.youthjustice.library.system.LibraryCommand;

/**
 * {@code java -jar practice-library.jar import-legacy FILE... [--publish] [--dry-run]}:
 * imports pages of the old hub saved as text, printing the report. Exits 0 when it
 * imported something (or, for a dry run, would), 1 when nothing could be imported or a
 * file was refused (then nothing is imported at all), 2 without files.
 */
@LibraryCommand.Named(name = "import-legacy",
		summary = "Imports the old hub's pages saved as text: FILE... [--publish] [--dry-run].")
class LegacyImportCommand implements LibraryCommand {

	private final LegacyImport importer;

	private final ApplicationArguments options;

	LegacyImportCommand(LegacyImport importer, ApplicationArguments options) {
		this.importer = importer;
		this.options = options;
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (arguments.isEmpty()) {
			out.println("import-legacy needs one or more text files: import-legacy FILE... [--publish] [--dry-run]");
			return USAGE;
		}
		boolean publish = this.options.containsOption("publish");
		boolean dryRun = this.options.containsOption("dry-run");
		List<LegacyText> pages = new ArrayList<>();
		for (String argument : arguments) {
			try {
				pages.add(read(Path.of(argument)));
			}
			catch (LegacyText.Refused ex) {
				out.println(ex.getMessage());
				out.println("Nothing was imported: every file must be a page of the old hub.");
				return FAILED;
			}
		}
		ImportReport report = dryRun ? this.importer.dryRun(pages, publish)
				: this.importer.run(pages, publish, LegacyImport.COMMAND_LINE, LegacyImport.Progress.NONE);
		ReportText.lines(report).forEach(out::println);
		if (report.created() == 0) {
			out.println("Nothing " + (dryRun ? "could be" : "was") + " imported.");
			return FAILED;
		}
		if (dryRun) {
			out.println("This was a dry run: nothing was written.");
		}
		return SUCCEEDED;
	}

	private static LegacyText read(Path file) {
		String name = file.getFileName().toString();
		try {
			long size = Files.size(file);
			if (size > LegacyText.MAXIMUM_BYTES) {
				throw LegacyText.tooLarge(name, size);
			}
			try (InputStream in = Files.newInputStream(file)) {
				return LegacyText.read(name, in.readNBytes(LegacyText.MAXIMUM_BYTES + 1));
			}
		}
		catch (NoSuchFileException ex) {
			throw new LegacyText.Refused(name, "no such file: " + file.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new LegacyText.Refused(name, "could not be read: " + ex.getMessage());
		}
	}

}
