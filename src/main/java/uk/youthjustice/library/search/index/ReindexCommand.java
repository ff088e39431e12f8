package uk.youthjustice.library.search.index;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import uk.youthjustice.library.system.LibraryCommand;

/**
 * {@code java -jar practice-library.jar reindex}: rebuilds this node's search index from
 * the database, printing a progress line every few seconds
 * ({@code library.search.index.progress-interval}). Exits 0 when every resource was
 * indexed, 1 otherwise. Stop the library that uses the same data directory first: the
 * index takes one writer at a time.
 */
@LibraryCommand.Named(name = "reindex", summary = "Rebuilds the search index from the database, showing progress.")
class ReindexCommand implements LibraryCommand {

	private final SearchIndex index;

	private final IndexDirectory directory;

	private final SearchIndexProperties properties;

	ReindexCommand(SearchIndex index, IndexDirectory directory, SearchIndexProperties properties) {
		this.index = index;
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (!arguments.isEmpty()) {
			out.println("reindex takes no arguments, but was given: " + String.join(" ", arguments));
			return USAGE;
		}
		this.directory.movedTo()
			.ifPresent((aside) -> out.println("The index could not be read and was moved to " + aside + "."));
		out.println("Rebuilding the search index in " + this.directory.root() + " from the database.");
		Rebuild rebuild = this.index.rebuild(RebuildReason.COMMAND, null);
		RebuildOutcome outcome = awaitPrintingProgress(rebuild, out);
		if (outcome.succeeded()) {
			out.println(finished(outcome));
			return SUCCEEDED;
		}
		if (outcome.error() == null) {
			out.println(finished(outcome) + " But " + number(outcome.failures())
					+ " resources could not be indexed: the log says why.");
		}
		else {
			out.println("The rebuild failed after " + seconds(outcome.duration()) + ": " + outcome.error());
			if (outcome.error().toLowerCase(Locale.ROOT).contains("lock")) {
				out.println("Another process is writing to this index: stop the library that uses this data "
						+ "directory, or rebuild from its admin page instead.");
			}
		}
		return FAILED;
	}

	private RebuildOutcome awaitPrintingProgress(Rebuild rebuild, PrintStream out) {
		long interval = this.properties.progressInterval().toMillis();
		while (true) {
			try {
				return rebuild.finished().get(interval, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				out.println(line(rebuild.progress()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A rebuild's outcome never fails", ex);
			}
		}
	}

	/**
	 * For example ‘Indexed 12,300 of 100,000 resources (12%), 1,850/s, about 48 s left’.
	 */
	static String line(RebuildProgress progress) {
		if (!progress.counted()) {
			return "Counting the resources to index...";
		}
		StringBuilder line = new StringBuilder("Indexed ").append(number(progress.indexed()))
			.append(" of ")
			.append(number(progress.total()))
			.append(" resources (")
			.append(progress.percent())
			.append("%)");
		if (progress.perSecond() > 0) {
			line.append(", ").append(number(Math.round(progress.perSecond()))).append("/s");
		}
		if (progress.indexed() >= progress.total()) {
			line.append(", writing the index...");
		}
		else if (progress.left() != null) {
			line.append(", about ").append(seconds(progress.left())).append(" left");
		}
		return line.toString();
	}

	static String finished(RebuildOutcome outcome) {
		return "Indexed " + number(outcome.indexed()) + " of " + number(Math.max(outcome.total(), outcome.indexed()))
				+ " resources in " + seconds(outcome.duration()) + " (" + number(Math.round(outcome.perSecond()))
				+ "/s).";
	}

	private static String seconds(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 10) {
			return String.format(Locale.UK, "%.1f s", duration.toMillis() / 1000.0);
		}
		return (seconds < 120) ? seconds + " s" : String.format(Locale.UK, "%d min %d s", seconds / 60, seconds % 60);
	}

	private static String number(long number) {
		return String.format(Locale.UK, "%,d", number);
	}

}
