package uk.youthjustice.library.exchange;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;

import uk.youthjustice.library.system.LibraryCommand;

/**
 * {@code java -jar practice-library.jar import FILE.zip [--merge] [--dry-run]}: imports
 * an export, all or nothing, printing the report. Without {@code --merge} a library that
 * has content refuses it. Exits 0 when imported (or, with {@code --dry-run}, when it
 * would be), 1 when refused, 2 for wrong arguments.
 */
@LibraryCommand.Named(name = "import",
		summary = "Imports an export zip, all or nothing: import FILE.zip [--merge] [--dry-run]")
class ImportCommand implements LibraryCommand {

	static final String MERGE = "merge";

	static final String DRY_RUN = "dry-run";

	private static final Set<String> FLAGS = Set.of(MERGE, DRY_RUN);

	private final LibraryExchange exchange;

	private final ApplicationArguments options;

	private final ReportText text;

	ImportCommand(LibraryExchange exchange, ApplicationArguments options, MessageSource messages) {
		this.exchange = exchange;
		this.options = options;
		this.text = new ReportText(messages, Locale.UK);
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		// Settings come as --name=value; the command's own flags have no value.
		List<String> unknown = this.options.getOptionNames()
			.stream()
			.filter((name) -> this.options.getOptionValues(name).isEmpty() && !FLAGS.contains(name))
			.toList();
		if (arguments.size() != 1 || !unknown.isEmpty()) {
			out.println("Usage: import FILE.zip [--merge] [--dry-run], but was given: " + String.join(" ", arguments)
					+ (unknown.isEmpty() ? "" : " --" + String.join(" --", unknown)));
			return USAGE;
		}
		Path zip = Path.of(arguments.get(0)).toAbsolutePath();
		if (!Files.isRegularFile(zip)) {
			out.println("No such file: " + zip);
			return FAILED;
		}
		ExchangeReport report = this.exchange.importFrom(zip, new LibraryExchange.ImportOptions(
				this.options.containsOption(MERGE), this.options.containsOption(DRY_RUN)), "system");
		this.text.lines(report).forEach(out::println);
		if (report.imported() && report.created() > 0) {
			out.println(this.text.message("exchange.command.reading"));
		}
		return (report.outcome() == ExchangeReport.Outcome.REFUSED) ? FAILED : SUCCEEDED;
	}

}
