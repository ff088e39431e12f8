package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.attachments.extraction.PdfReadingProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDF text extraction (issue 04, "Speed"): the library's PDF extractor against poppler's
 * {@code pdftotext} on the same generated files at the same parallelism, interleaved, and
 * the peak heap while reading a 2,000-page file in a JVM limited to 256 MB. Writes its
 * figures into docs/benchmarks.md. It asserts that the run measured what it claims (every
 * page read by both), not that the targets were met: those are reported.
 *
 * <p>
 * {@code ./mvnw -Pbenchmark verify -Dit.test=ExtractionBenchmark}; system properties
 * {@code benchmark.extraction.files}, {@code benchmark.extraction.parallelism} and
 * {@code benchmark.repetitions} change the run.
 */
class ExtractionBenchmark {

	static final String SECTION = "extraction";

	private static final long SEED = 2026_04L;

	private static final String PDFTOTEXT = "/usr/bin/pdftotext";

	private static final Pattern PROBE = Pattern
		.compile("pages=(\\d+) millis=(\\d+) peakHeapBytes=(\\d+) poolPeakBytes=(\\d+) maxHeapBytes=(\\d+)");

	@Test
	void extractsPdfTextAgainstPdftotext() throws Exception {
		int fileCount = Integer.getInteger("benchmark.extraction.files", 24);
		int parallelism = Integer.getInteger("benchmark.extraction.parallelism",
				Runtime.getRuntime().availableProcessors());
		int repetitions = Integer.getInteger("benchmark.repetitions", 5);
		assertThat(Path.of(PDFTOTEXT)).as("poppler-utils (apt-get install -y poppler-utils)").isExecutable();
		Path directory = Path.of("target", "benchmark", "extraction").toAbsolutePath();
		List<Path> files = PdfCorpus.write(directory, SEED, fileCount);
		Path big = PdfCorpus.write(directory.resolve("two-thousand-pages.pdf"), 2000, SEED);
		int pages = files.stream().mapToInt(ExtractionBenchmark::pageCountFromName).sum();
		long bytes = files.stream().mapToLong(ExtractionBenchmark::size).sum();
		say("corpus: %d files, %d pages, %.1f MB, seed %d; parallelism %d", files.size(), pages, bytes / 1e6, SEED,
				parallelism);

		ExecutorService threads = Executors.newFixedThreadPool(parallelism);
		try {
			Function<Path, Integer> ours = ExtractionBenchmark::readWithLibrary;
			Function<Path, Integer> poppler = ExtractionBenchmark::readWithPdftotext;
			say("warm-up: library %.0f pages/s, pdftotext %.0f pages/s", rate(threads, files, ours, pages),
					rate(threads, files, poppler, pages));
			String loadBefore = PageServingReport.Machine.loadAverage();
			double[] library = new double[repetitions];
			double[] pdftotext = new double[repetitions];
			for (int i = 0; i < repetitions; i++) {
				library[i] = rate(threads, files, ours, pages);
				pdftotext[i] = rate(threads, files, poppler, pages);
				say("run %d: library %.0f pages/s, pdftotext %.0f pages/s", i + 1, library[i], pdftotext[i]);
			}
			String loadAfter = PageServingReport.Machine.loadAverage();
			Map<String, Long> heap = medianPeakHeap(big, repetitions);
			say("2,000 pages at -Xmx256m, median of %d: %s", repetitions, heap);
			String markdown = report(files.size(), pages, bytes, parallelism, library, pdftotext, heap, loadBefore,
					loadAfter);
			Path report = Path.of(System.getProperty("benchmark.report", "docs/benchmarks.md"));
			ReportSection.write(report, SECTION, markdown);
			BenchmarkSummary.write(report, SECTION, figures(parallelism, library, pdftotext, heap));
			say("wrote:%n%s", markdown);
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Pages a second reading every file once, {@code parallelism} files at a time. */
	private static double rate(ExecutorService threads, List<Path> files, Function<Path, Integer> reader, int pages)
			throws Exception {
		long started = System.nanoTime();
		List<Future<Integer>> read = new ArrayList<>();
		files.forEach((file) -> read.add(threads.submit(() -> reader.apply(file))));
		int total = 0;
		for (Future<Integer> each : read) {
			total += each.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(total).as("pages read").isEqualTo(pages);
		return pages / seconds;
	}

	private static int readWithLibrary(Path file) {
		try {
			return PdfReadingProbe.read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * pdftotext writing to /dev/null; it reports no page count, so a file counts its
	 * pages when pdftotext succeeds.
	 */
	private static int readWithPdftotext(Path file) {
		PackagedLibrary.run(PDFTOTEXT, "-q", "-enc", "UTF-8", file.toString(), "/dev/null");
		return pageCountFromName(file);
	}

	/** Each figure of {@link #peakHeap(Path)}: the median of several runs. */
	private static Map<String, Long> medianPeakHeap(Path big, int runs) {
		List<Map<String, Long>> all = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			all.add(peakHeap(big));
		}
		return all.get(0)
			.keySet()
			.stream()
			.collect(Collectors.toMap(Function.identity(),
					(key) -> Math.round(TargetResults.median(all, (figures) -> figures.get(key)))));
	}

	/** Reads the 2,000-page file in a JVM of its own, limited to 256 MB of heap. */
	private static Map<String, Long> peakHeap(Path big) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String output = PackagedLibrary.run(java, "-Xmx256m", "-Djava.awt.headless=true", "-cp",
				System.getProperty("java.class.path"), PdfReadingProbe.class.getName(), big.toString());
		Matcher figures = PROBE.matcher(output);
		assertThat(figures.find()).as("the probe's output:%n%s", output).isTrue();
		assertThat(Long.parseLong(figures.group(1))).as("pages read by the probe").isEqualTo(2000);
		return Map.of("millis", Long.parseLong(figures.group(2)), "peak", Long.parseLong(figures.group(3)), "pools",
				Long.parseLong(figures.group(4)), "max", Long.parseLong(figures.group(5)));
	}

	private static String report(int files, int pages, long bytes, int parallelism, double[] library,
			double[] pdftotext, Map<String, Long> heap, String loadBefore, String loadAfter) {
		double ours = median(library);
		double theirs = median(pdftotext);
		double[] ratios = new double[library.length];
		Arrays.setAll(ratios, (i) -> library[i] / pdftotext[i]);
		double ratio = median(ratios);
		double peakMb = heap.get("peak") / 1024.0 / 1024.0;
		StringBuilder md = new StringBuilder();
		md.append("## PDF text extraction (issue 04)\n\n");
		md.append(String.format(Locale.UK, "%d generated PDFs (%,d pages, %.1f MB, seed %d: prose-like text in "
				+ "two standard fonts, A4 and Letter, a quarter in two columns) read %d at a time by the library's "
				+ "PDF extractor (PDFBox %s: text page by page, title and author, script check, first-page "
				+ "thumbnail) and by poppler's `pdftotext` (%s, one process a file, text to /dev/null), "
				+ "interleaved: each repetition runs the library, then pdftotext. One warm-up round each, then "
				+ "%d repetitions; figures are medians, the ratio the median of each repetition's ratio.\n\n", files,
				pages, bytes / 1e6, SEED, parallelism, org.apache.pdfbox.util.Version.getVersion(), pdftotextVersion(),
				library.length));
		md.append("| Figure | Value | Baseline | Ratio | Target |\n|---|---|---|---|---|\n");
		md.append(String.format(Locale.UK,
				"| Pages a second, %d at a time | %,.0f | %,.0f (pdftotext) | %.2f× | "
						+ "≥ 0.5× pdftotext: **%s** |\n",
				parallelism, ours, theirs, ratio, ratio >= 0.5 ? "met" : "missed"));
		md.append(String.format(Locale.UK,
				"| Peak heap reading a 2,000-page PDF (own JVM, `-Xmx256m`; median of %d runs) | %.0f MB "
						+ "(sampled every 2 ms; sum of the heap pools' peaks %.0f MB) | — | — | ≤ 256 MB: **%s** |\n",
				library.length, peakMb, heap.get("pools") / 1024.0 / 1024.0, peakMb <= 256 ? "met" : "missed"));
		md.append(String.format(Locale.UK, "| Time to read the 2,000-page PDF there | %.1f s | — | — | — |\n\n",
				heap.get("millis") / 1000.0));
		md.append("Every repetition (pages a second, library / pdftotext): ")
			.append(Arrays.stream(library)
				.mapToObj((value) -> String.format(Locale.UK, "%,.0f", value))
				.collect(Collectors.joining(", ")))
			.append(" / ")
			.append(Arrays.stream(pdftotext)
				.mapToObj((value) -> String.format(Locale.UK, "%,.0f", value))
				.collect(Collectors.joining(", ")))
			.append(".\n\n");
		md.append("**Machine.** `nproc` = ")
			.append(PackagedLibrary.run("nproc").strip())
			.append("; `free -g`:\n\n```\n")
			.append(PackagedLibrary.run("free", "-g").stripTrailing())
			.append("\n```\n\nOne-minute load average when timing began: ")
			.append(loadBefore)
			.append("; when it ended: ")
			.append(loadAfter)
			.append(". Java ")
			.append(System.getProperty("java.runtime.version"))
			.append(".\n\n");
		md.append("Measured ")
			.append(LocalDate.now(ZoneId.of("Europe/London")))
			.append(" with `./mvnw -B -Pbenchmark verify -Dit.test=ExtractionBenchmark "
					+ "-Dtest=None -Dsurefire.failIfNoSpecifiedTests=false`.\n");
		return md.toString();
	}

	/**
	 * The headline rows: pages a second against pdftotext, and the big file's peak heap.
	 */
	private static List<Figure> figures(int parallelism, double[] library, double[] pdftotext, Map<String, Long> heap) {
		double[] ratios = new double[library.length];
		Arrays.setAll(ratios, (i) -> library[i] / pdftotext[i]);
		double ratio = median(ratios);
		double peakMb = heap.get("peak") / 1024.0 / 1024.0;
		return List.of(
				new Figure(String.format(Locale.UK, "PDF text extraction, pages a second, %d at a time", parallelism),
						String.format(Locale.UK, "%,.0f", median(library)),
						String.format(Locale.UK, "%,.0f (pdftotext)", median(pdftotext)),
						String.format(Locale.UK, "%.2f×", ratio), "≥ 0.5× pdftotext", Figure.Met.of(ratio >= 0.5)),
				Figure.targeted("Peak heap reading a 2,000-page PDF (own JVM, `-Xmx256m`)",
						String.format(Locale.UK, "%.0f MB", peakMb), "≤ 256 MB", peakMb <= 256));
	}

	private static String pdftotextVersion() {
		String output = PackagedLibrary.run(PDFTOTEXT, "-v");
		return output.lines().findFirst().orElse("pdftotext").strip();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static int pageCountFromName(Path file) {
		Matcher pages = Pattern.compile("-(\\d+)-pages\\.pdf$").matcher(file.getFileName().toString());
		if (!pages.find()) {
			throw new IllegalArgumentException("Not a corpus file: " + file);
		}
		return Integer.parseInt(pages.group(1));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void say(String format, Object... args) {
		System.out.println("[extraction] " + String.format(Locale.UK, format, args));
	}

}
