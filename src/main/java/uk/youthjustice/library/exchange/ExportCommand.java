package uk.youthjustice.library.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import uk.youthjustice.library.system.LibraryCommand;

/**
 * {@code java -jar practice-library.jar export FILE.zip}: writes the whole library into a
 * zip (docs/export-format.md). The zip is written beside its final name and moved there
 * when complete, so a failed export never leaves a partial file under that name.
 */
@LibraryCommand.Named(name = "export", summary = "Exports the whole library to a zip: export FILE.zip")
class ExportCommand implements LibraryCommand {

	private final LibraryExchange exchange;

	ExportCommand(LibraryExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (arguments.size() != 1 || !arguments.get(0).toLowerCase(Locale.ROOT).endsWith(".zip")) {
			out.println("Usage: export FILE.zip (one file name ending .zip), but was given: "
					+ String.join(" ", arguments));
			return USAGE;
		}
		Path target = Path.of(arguments.get(0)).toAbsolutePath();
		if (Files.exists(target)) {
			out.println(target + " already exists: choose another name, or move it away first.");
			return FAILED;
		}
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			LibraryExchange.Export export = this.exchange.prepareExport();
			try (OutputStream file = Files.newOutputStream(partial)) {
				export.writeTo(file);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			out.println("Exported " + export.resources() + " resources and " + export.files() + " files to " + target
					+ ".");
			return SUCCEEDED;
		}
		catch (IOException ex) {
			out.println("The export failed, and nothing was written to " + target + ": " + ex.getMessage());
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ignored) {
				out.println("Delete " + partial + " by hand.");
			}
			return FAILED;
		}
	}

}
