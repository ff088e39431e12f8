package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The summary table at the top of docs/benchmarks.md: every benchmark's headline
 * {@link Figure}s, one row each, with the machine, the date and the command that produced
 * them. A benchmark replaces only its own rows, so running one benchmark alone keeps the
 * others' last figures (each row says when and where it was taken).
 */
final class BenchmarkSummary {

	static final String SECTION = "summary";

	/** Benchmarks in the order the table lists them; others follow. */
	static final List<String> ORDER = List.of("cold-start", "page-serving", "search", "downloads", "extraction",
			"soak");

	private static final String HEADER = "| Benchmark | Figure | Value | Baseline | Ratio | Target | Met? | Machine "
			+ "| Date | Command |\n|---|---|---|---|---|---|---|---|---|---|\n";

	private static final int COLUMNS = 10;

	private static final String SUITE = "./mvnw -B -Pbenchmark verify";

	private BenchmarkSummary() {
	}

	/**
	 * Replaces a benchmark's rows in the report's summary section.
	 * @param report docs/benchmarks.md
	 * @param benchmark the benchmark's section name, e.g. {@code page-serving}
	 * @param figures its headline figures, in the order to show them
	 * @throws IOException if the report cannot be read or written
	 */
	static void write(Path report, String benchmark, List<Figure> figures) throws IOException {
		String date = LocalDate.now(ZoneId.of("Europe/London")).toString();
		String markdown = merge(ReportSection.read(report, SECTION), benchmark, figures, Host.describe(), date,
				command());
		ReportSection.write(report, SECTION, markdown);
	}

	/** The summary section's text with one benchmark's rows replaced. */
	static String merge(String section, String benchmark, List<Figure> figures, String machine, String date,
			String command) {
		Map<String, List<List<String>>> rows = new TreeMap<>(
				Comparator.comparingInt(BenchmarkSummary::position).thenComparing(Comparator.naturalOrder()));
		for (List<String> row : rows(section)) {
			rows.computeIfAbsent(row.get(0), (key) -> new ArrayList<>()).add(row);
		}
		rows.put(benchmark,
				figures.stream()
					.map((figure) -> List.of(benchmark, figure.name(), figure.value(), figure.baseline(),
							figure.ratio(), figure.target(), figure.met().text(), machine, date, "`" + command + "`"))
					.toList());
		StringBuilder md = new StringBuilder("## Summary\n\n");
		md.append("Each benchmark's headline figures: medians of repeated runs, ratios against a baseline taken in "
				+ "the same run (see each section below for how). Running one benchmark replaces only its rows; "
				+ "the machine and date columns say when each row was taken.\n\n");
		md.append(HEADER);
		rows.values()
			.stream()
			.flatMap(List::stream)
			.forEach((row) -> md
				.append(row.stream().map(BenchmarkSummary::cell).collect(Collectors.joining(" | ", "| ", " |\n"))));
		return md.toString();
	}

	/**
	 * The command that ran this benchmark: the whole suite, or this one test when
	 * {@code -Dit.test} chose it, with every {@code -Dbenchmark.*} option given.
	 */
	static String command() {
		StringBuilder command = new StringBuilder(SUITE);
		String only = System.getProperty("benchmark.only", "");
		if (!only.isBlank() && !only.startsWith("${")) {
			command.append(" -Dit.test=").append(only).append(" -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false");
		}
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith("benchmark."))
			.filter((name) -> !List.of("benchmark.report", "benchmark.jar", "benchmark.only").contains(name))
			.sorted()
			.forEach((name) -> command.append(" -D").append(name).append('=').append(System.getProperty(name)));
		return command.toString();
	}

	private static List<List<String>> rows(String section) {
		List<List<String>> rows = new ArrayList<>();
		for (String line : section.split("\n")) {
			if (!line.startsWith("| ") || line.startsWith("| Benchmark |")) {
				continue;
			}
			String inner = line.substring(2, line.length() - (line.endsWith(" |") ? 2 : 0));
			List<String> cells = Arrays.stream(inner.split(" (?<!\\\\)\\| ", -1)).map(String::strip).toList();
			if (cells.size() == COLUMNS) {
				rows.add(cells);
			}
		}
		return rows;
	}

	private static String cell(String text) {
		return text.replace("\n", " ").replaceAll("(?<!\\\\)\\|", "\\\\|");
	}

	private static int position(String benchmark) {
		int index = ORDER.indexOf(benchmark);
		return (index < 0) ? ORDER.size() : index;
	}

}
