package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;

/** The "Page serving (issue 02)" section of docs/benchmarks.md, in Markdown. */
final class PageServingReport {

	static final String SECTION = "page-serving";

	private final List<TargetResults> results;

	private final TargetResults baseline;

	private final CorpusFacts corpus;

	private final PageServingBenchmark.Settings settings;

	private final Server server;

	private final Machine machine;

	PageServingReport(List<TargetResults> results, CorpusFacts corpus, PageServingBenchmark.Settings settings,
			Server server, Machine machine) {
		this.results = results;
		this.baseline = results.stream()
			.filter((result) -> result.target().isBaseline())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No baseline"));
		this.corpus = corpus;
		this.settings = settings;
		this.server = server;
		this.machine = machine;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("## Page serving (issue 02)\n\n");
		md.append(String.format(Locale.UK,
				"%d concurrent connections on loopback against the packaged app on PostgreSQL; each figure is the "
						+ "median of %d timed runs of %d s, and each repetition runs the baseline (a static file "
						+ "served by the same app) first, then every page. Ratios are the median of each run "
						+ "against the baseline run of its repetition.%n%n",
				this.settings.connections(), this.settings.repetitions(), this.settings.duration().toSeconds()));
		md.append("| Figure | Value | Baseline | Ratio | Target |\n|---|---|---|---|---|\n");
		for (TargetResults result : this.results) {
			if (!result.target().isBaseline()) {
				rows(md, result);
			}
		}
		row(md, "Static file (baseline): requests/s", rate(this.baseline), "—", "—", "—");
		md.append("\n");
		pages(md);
		runs(md);
		md.append("**Corpus.** ").append(corpus()).append("\n\n");
		md.append("**Server.** `").append(this.server.command()).append("`; ").append(this.server.java());
		md.append(", ").append(this.server.collector()).append(" collector. Peak RSS of the process (VmHWM) ");
		md.append(String.format(Locale.UK,
				"at the end: %.0f MiB; peak heap used during the timed runs (`jstat -gc` every " + "250 ms): %.0f MiB.",
				this.server.peakRssKib() / 1024.0, this.server.peakHeapKib() / 1024.0));
		md.append(" Heap used from `jcmd <pid> GC.heap_info`, RSS from `/proc/<pid>/status`, ");
		md.append("read after each run.\n\n");
		md.append("**Load generator.** ").append(loadGenerator()).append("\n\n");
		md.append("**Machine.** `nproc` = ").append(this.machine.nproc().strip()).append("; `free -g`:\n\n```\n");
		md.append(this.machine.freeG().stripTrailing()).append("\n```\n\n");
		md.append("One-minute load average (`/proc/loadavg`) when timing began: ")
			.append(this.machine.loadBefore())
			.append("; when it ended: ")
			.append(this.machine.loadAfter())
			.append(". A load above the core count means other work shared the machine during the run.\n\n");
		md.append("**Date.** ")
			.append(this.machine.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))
			.append(".\n\n");
		md.append("**Command.** `./mvnw -Pbenchmark verify`");
		String overrides = this.settings.overrides();
		if (!overrides.isEmpty()) {
			md.append(" (this run with ").append(overrides).append(')');
		}
		md.append(".\n");
		return md.toString();
	}

	private void rows(StringBuilder md, TargetResults result) {
		PageTarget target = result.target();
		String label = target.label();
		double rateRatio = result.rateRatio(this.baseline);
		row(md, label + ": requests/s", rate(result), rate(this.baseline), percent(rateRatio),
				(target.minShareOfBaselineRate() == null) ? "—" : "≥ " + percent(target.minShareOfBaselineRate())
						+ " of the static-file rate: " + verdict(rateRatio >= target.minShareOfBaselineRate()));
		for (double percentile : new double[] { 50, 95, 99 }) {
			double value = result.latency(percentile);
			String goal = "—";
			if (percentile == 99 && target.maxP99Millis() != null) {
				goal = String.format(Locale.UK, "< %.0f ms: %s", target.maxP99Millis(),
						verdict(value < target.maxP99Millis()));
			}
			row(md, String.format(Locale.UK, "%s: p%.0f latency", label, percentile), millis(value),
					millis(this.baseline.latency(percentile)),
					String.format(Locale.UK, "%.1f×", result.latencyRatio(this.baseline, percentile)), goal);
		}
		row(md, label + ": heap used after a run (median / max), RSS", memory(result), memory(this.baseline), "—", "—");
	}

	private void pages(StringBuilder md) {
		md.append("**Pages.**\n\n");
		for (TargetResults result : this.results) {
			md.append(String.format(Locale.UK, "- %s: `%s` — %,.0f bytes a response as sent (gzip), %,d requests timed",
					result.target().label(), result.target().path(), result.bytesPerResponse(), result.requests()));
			if (result.cookieResponses() > 0) {
				md.append(String.format(Locale.UK, ", %,d responses set a cookie", result.cookieResponses()));
			}
			md.append(", all 200\n");
		}
		md.append('\n');
	}

	private void runs(StringBuilder md) {
		md.append("**Runs** (requests/s and seconds, in repetition order):\n\n");
		for (TargetResults result : this.results) {
			md.append("- ")
				.append(result.target().label())
				.append(": ")
				.append(result.runs()
					.stream()
					.map((run) -> String.format(Locale.UK, "%,.0f (%.1f s)", run.requestsPerSecond(),
							run.elapsed().toMillis() / 1000.0))
					.collect(Collectors.joining(", ")))
				.append('\n');
		}
		md.append('\n');
	}

	private String corpus() {
		CorpusFacts c = this.corpus;
		return String.format(Locale.UK,
				"%,d synthetic resources (seed %d, generated by `SyntheticCorpus`, written with JDBC batch inserts "
						+ "in %.1f s) beside the %,d demo resources: %,d resources, %,d of them public, and %,d rows "
						+ "of topics, contacts, aims, steps, audiences and change notes. Largest category: "
						+ "%s (`%s`), %,d public resources, %,d of them free practice examples (%,d pages "
						+ "with the two filters). Resource page: `%s` (3 topics, 2 contacts, 4 paragraphs, "
						+ "aims, steps, 3 change notes).",
				c.synthetic(), SyntheticCorpus.SEED, c.insertTime().toMillis() / 1000.0, c.resources() - c.synthetic(),
				c.resources(), c.publicResources(), c.collectionRows(), c.largestCategoryName(),
				c.largestCategorySlug(), c.largestCategoryPublic(), c.largestCategoryFreePractice(),
				(c.largestCategoryFreePractice() + PageTarget.PAGE_SIZE - 1) / PageTarget.PAGE_SIZE, c.showcaseSlug());
	}

	private String loadGenerator() {
		return String.format(Locale.UK,
				"`LoadGenerator`: %d threads, each with its own keep-alive HTTP/1.1 connection on a plain socket "
						+ "(reopened when Tomcat closes it after 100 requests), sending the next request as soon as "
						+ "the response is read (closed loop), with `Accept-Encoding: gzip` and no cookies, as a "
						+ "first-time visitor's browser would. Each request's latency goes into an HdrHistogram. "
						+ "A run that has fewer than %d requests at its end goes on until it has them (at most %d "
						+ "times as long), so that a slow page still gives a p99; requests/s counts the time it "
						+ "really took. Warm-up: %d s per page before timing. The load generator shares the machine's cores with "
						+ "the server and PostgreSQL, which caps the static-file rate too.",
				this.settings.connections(), PageServingBenchmark.MIN_REQUESTS_PER_RUN,
				PageServingBenchmark.MAX_STRETCH, this.settings.warmup().toSeconds());
	}

	private static void row(StringBuilder md, String figure, String value, String baseline, String ratio,
			String target) {
		md.append("| ")
			.append(figure)
			.append(" | ")
			.append(value)
			.append(" | ")
			.append(baseline)
			.append(" | ")
			.append(ratio)
			.append(" | ")
			.append(target)
			.append(" |\n");
	}

	private static String memory(TargetResults result) {
		return String.format(Locale.UK, "%.0f / %.0f MiB, RSS %.0f MiB", result.heapUsedMib(), result.maxHeapUsedMib(),
				result.rssMib());
	}

	private static String rate(TargetResults result) {
		return String.format(Locale.UK, "%,.0f", result.rate());
	}

	private static String millis(double value) {
		String format = (value < 10) ? "%.2f ms" : (value < 100) ? "%.1f ms" : "%,.0f ms";
		return String.format(Locale.UK, format, value);
	}

	private static String percent(double ratio) {
		return String.format(Locale.UK, "%.0f%%", ratio * 100);
	}

	private static String verdict(boolean met) {
		return met ? "**met**" : "**missed**";
	}

	/**
	 * The headline rows for the summary table: each page's rate and p99 against the
	 * static file, and the server's memory under load.
	 */
	List<Figure> figures() {
		List<Figure> figures = new java.util.ArrayList<>();
		for (TargetResults result : this.results) {
			PageTarget target = result.target();
			if (target.isBaseline()) {
				continue;
			}
			double rateRatio = result.rateRatio(this.baseline);
			Double share = target.minShareOfBaselineRate();
			figures.add(new Figure(target.label() + ": requests/s", rate(result),
					rate(this.baseline) + " (static file)", percent(rateRatio),
					(share == null) ? Figure.NONE : "≥ " + percent(share) + " of the static file",
					(share == null) ? Figure.Met.NOT_APPLICABLE : Figure.Met.of(rateRatio >= share)));
			double p99 = result.latency(99);
			Double maxP99 = target.maxP99Millis();
			figures.add(new Figure(target.label() + ": p99 latency", millis(p99), millis(this.baseline.latency(99)),
					String.format(Locale.UK, "%.1f×", result.latencyRatio(this.baseline, 99)),
					(maxP99 == null) ? Figure.NONE : String.format(Locale.UK, "< %.0f ms", maxP99),
					(maxP99 == null) ? Figure.Met.NOT_APPLICABLE : Figure.Met.of(p99 < maxP99)));
		}
		double heapAfterRuns = TargetResults.median(this.results, TargetResults::heapUsedMib);
		double rss = TargetResults.median(this.results, TargetResults::rssMib);
		figures.add(Figure.reported(
				"Server memory under load (" + PackagedLibrary.HEAP + "): heap used, peak / after "
						+ "a run (median); RSS after a run (median) / peak",
				String.format(Locale.UK, "%.0f / %.0f MiB; %.0f / %.0f MiB", this.server.peakHeapKib() / 1024.0,
						heapAfterRuns, rss, this.server.peakRssKib() / 1024.0)));
		return figures;
	}

	/**
	 * How the server ran: its command line, Java and collector, its peak RSS and its peak
	 * heap used during the timed runs.
	 */
	record Server(String command, String java, String collector, long peakRssKib, long peakHeapKib) {
	}

	/**
	 * The machine: {@code nproc} and {@code free -g} output, the load average around the
	 * timed runs, and the date.
	 */
	record Machine(String nproc, String freeG, String loadBefore, String loadAfter, LocalDate date) {

		/** The one-minute load average now. */
		static String loadAverage() {
			try {
				return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
			}
			catch (IOException ex) {
				return "unknown";
			}
		}

	}

}
