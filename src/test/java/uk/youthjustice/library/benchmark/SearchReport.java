package uk.youthjustice.library.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;
import uk.youthjustice.library.benchmark.RelevanceScores.Scored;
import uk.youthjustice.library.benchmark.RelevanceScores.Summary;
import uk.youthjustice.library.benchmark.SearchBenchmark.Settings;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;

/** The search section of docs/benchmarks.md. */
record SearchReport(CorpusFacts corpus, int needles, int queries, Reindex reindex, Duration baselineBuild,
		List<Scored> libraryScores, List<Scored> baselineScores, List<Latencies> library, List<Latencies> baseline,
		WarmUp.Outcome inProcessWarmUp, long inProcessHeapKib, WarmUp.Outcome httpWarmUp, List<RunResult> http,
		MemorySnapshot afterWarmUp, MemorySnapshot last, long httpPeakHeapKib, String serverCommand, Settings settings,
		PageServingReport.Machine machine) {

	static final double MRR_TARGET = 0.85;

	static final Duration REINDEX_TARGET = Duration.ofMinutes(3);

	static final double SERVICE_P95_TARGET_MS = 20;

	static final double HTTP_P95_TARGET_MS = 50;

	static final double BASELINE_RATIO_TARGET = 5;

	String markdown() {
		StringBuilder md = new StringBuilder("## Search (issue 05)\n\n");
		md.append(format("The library's search and a PostgreSQL full-text baseline, in the same run on the same "
				+ "database: %,d resources (%,d synthetic, %,d attached pages) and a relevance set of %d queries. "
				+ "Relevance is MRR@10 and nDCG@10 (gains 2^grade − 1) over the first page each returns. Latency: "
				+ "in-process, `LibrarySearch.search(SearchParameters.words(q))` (facet counts, highlighting and "
				+ "where-found-in-a-file included) against the baseline's query, interleaved query by query (A B A B), "
				+ "%d passes over the set a repetition; over HTTP, %d keep-alive clients going round `/search?q=…` for "
				+ "the same queries against the packaged app. Each side is warmed up until its rate settles (`WarmUp`: "
				+ "two rounds in a row no faster than the fastest before them by more than %.0f%%; in-process, "
				+ "rounds of %d passes: %s; over HTTP, rounds of %d s: %s), then %d repetitions; figures are "
				+ "medians of the repetitions, ratios the median of each repetition's ratio. The in-process library "
				+ "runs as the packaged app does, without Java assertions (`-da`).\n\n", this.corpus.resources(),
				this.corpus.synthetic(), this.corpus.pages(), this.queries, this.settings.passes(),
				SearchBenchmark.HTTP_CLIENTS, WarmUp.GAIN * 100, this.settings.passes(),
				this.inProcessWarmUp.describe("searches/s"), this.settings.warmup().toSeconds(),
				this.httpWarmUp.describe("req/s"), this.settings.repetitions()));
		relevanceTable(md);
		speedTable(md);
		perQuery(md);
		setUp(md);
		return md.toString();
	}

	private void relevanceTable(StringBuilder md) {
		Map<String, Summary> library = RelevanceScores.byClass(this.libraryScores);
		Map<String, Summary> baseline = RelevanceScores.byClass(this.baselineScores);
		md.append("| Figure | Value | Baseline | Ratio | Target |\n|---|---|---|---|---|\n");
		for (String group : library.keySet()) {
			Summary a = library.get(group);
			Summary b = baseline.get(group);
			String label = group.equals("all") ? "all queries" : group;
			boolean overall = group.equals("all");
			String target = overall ? "≥ 0.85 and above the baseline" : "above the baseline";
			boolean met = a.mrr() > b.mrr() && (!overall || a.mrr() >= MRR_TARGET);
			// Both perfect: nothing can be above, so the class is judged by nDCG alone.
			String verdict = (a.mrr() == 1.0 && b.mrr() == 1.0) ? "equal at the maximum, see nDCG" : verdict(met);
			md.append(format("| MRR@10, %s (%d) | %.3f | %.3f | %s | %s: %s |\n", label, a.queries(), a.mrr(), b.mrr(),
					ratio(a.mrr(), b.mrr()), target, verdict));
		}
		for (String group : library.keySet()) {
			Summary a = library.get(group);
			Summary b = baseline.get(group);
			md.append(format("| nDCG@10, %s (%d) | %.3f | %.3f | %s | above the baseline: %s |\n",
					group.equals("all") ? "all queries" : group, a.queries(), a.ndcg(), b.ndcg(),
					ratio(a.ndcg(), b.ndcg()), verdict(a.ndcg() > b.ndcg())));
		}
	}

	private void speedTable(StringBuilder md) {
		md.append(format(
				"| Full reindex, %,d resources, %,d attached pages (the `reindex` command, %d loading threads, batches of %d; "
						+ "median of %d runs: %s) | %s | — | — | < 3 min: %s |\n",
				this.corpus.resources(), this.corpus.pages(), this.reindex.threads(), this.reindex.batch(),
				this.reindex.runs().size(),
				String.join(", ", this.reindex.runs().stream().map(SearchReport::seconds).toList()),
				seconds(this.reindex.took()), verdict(this.reindex.took().compareTo(REINDEX_TARGET) < 0)));
		for (double percentile : new double[] { 50, 95, 99 }) {
			double a = TargetResults.median(this.library, (l) -> l.millis(percentile));
			double b = TargetResults.median(this.baseline, (l) -> l.millis(percentile));
			double faster = pairedRatio((l) -> l.millis(percentile));
			String target = "—";
			if (percentile == 95) {
				target = format("< 20 ms: %s; ≥ 5× faster than the baseline: %s", verdict(a < SERVICE_P95_TARGET_MS),
						verdict(faster >= BASELINE_RATIO_TARGET));
			}
			md.append(format("| Search in-process, p%.0f | %s | %s | %s | %s |\n", percentile, millis(a), millis(b),
					speed(faster), target));
		}
		for (double percentile : new double[] { 50, 95, 99 }) {
			double value = TargetResults.median(this.http, (run) -> run.percentileMillis(percentile));
			md.append(format("| Search over HTTP, %d clients, p%.0f | %s | — | — | %s |\n",
					SearchBenchmark.HTTP_CLIENTS, percentile, millis(value),
					(percentile == 95) ? format("< 50 ms: %s", verdict(value < HTTP_P95_TARGET_MS)) : "—"));
		}
		md.append(format("| Search over HTTP, %d clients, requests/s | %,.0f | — | — | — |\n",
				SearchBenchmark.HTTP_CLIENTS, TargetResults.median(this.http, RunResult::requestsPerSecond)));
		md.append(format("| Heap after warm-up: packaged app (`%s`), used / RSS | %s / %s | — | — | — |\n",
				PackagedLibrary.HEAP, mib(this.afterWarmUp.heapUsedKib()), mib(this.afterWarmUp.rssKib())));
		md.append(format(
				"| Heap after warm-up: in-process (test JVM, at most %s), live after a full collection "
						+ "| %s | — | — | — |\n",
				mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1024),
				mib(this.inProcessHeapKib)));
		md.append(format("| Baseline: building its `tsvector`s and GIN index | %s | — | — | — |\n\n",
				seconds(this.baselineBuild)));
	}

	private void perQuery(StringBuilder md) {
		md.append("**Every query** (answer at: where the first grade-2 resource stands; — when not in the first ten; "
				+ "RR: reciprocal rank of the first relevant one):\n\n");
		md.append("| Query | Class | Library: answer at, RR, nDCG | Baseline: answer at, RR, nDCG | "
				+ "Library / baseline, median time | Library's first three when the answer is not first |\n"
				+ "|---|---|---|---|---|---|\n");
		for (int i = 0; i < this.libraryScores.size(); i++) {
			Scored a = this.libraryScores.get(i);
			Scored b = this.baselineScores.get(i);
			String text = a.query().text();
			md.append(format("| `%s` | %s | %s | %s | %s / %s | %s |\n", text.replace("|", "\\|"),
					a.query().queryClass(), scores(a), scores(b), millis(medianMillis(this.library, text)),
					millis(medianMillis(this.baseline, text)),
					(a.answerRank() == 1) ? "" : String.join(", ", a.top().subList(0, Math.min(3, a.top().size())))));
		}
		md.append('\n');
	}

	private void setUp(StringBuilder md) {
		CorpusFacts c = this.corpus;
		md.append(format("**Corpus.** The demo content, %,d synthetic resources (seed %d, `SyntheticCorpus` in its "
				+ "search shape: descriptions lengthened with generated youth-justice prose, %.0f%% with one %d-page "
				+ "attached PDF) and the relevance set's %d planted resources (`relevance-needles.json`): %,d "
				+ "resources, %,d of them public, %,d attachments with %,d pages; %.0f MB of resource text and %.0f MB "
				+ "of page text. Written in %.1f s with one `COPY` a table, straight into the database: the attachments "
				+ "are rows as text extraction leaves a read PDF (status `EXTRACTED`, a row a page), not generated "
				+ "and read PDFs, which would take longer than the whole benchmark. Queries and judgments: "
				+ "`src/test/resources/benchmark/relevance-queries.tsv`.\n\n", c.synthetic(), SyntheticCorpus.SEED,
				100 * Shape.SEARCH.attachmentShare(), Shape.SEARCH.pagesPerAttachment(), this.needles, c.resources(),
				c.publicResources(), c.attachments(), c.pages(), c.resourceTextBytes() / 1e6, c.pageTextBytes() / 1e6,
				c.insertTime().toMillis() / 1000.0));
		md.append(format("**Baseline.** A table of the benchmark's own (`%s`), one `tsvector` a resource: title "
				+ "weighted A, summary B, description, aims, steps, audience, publisher, category, topics, evidence "
				+ "label and contacts C, every attached page D; a GIN index; `websearch_to_tsquery('english', q)`, "
				+ "public resources only, ordered by `ts_rank_cd`, the first %d rows and `count(*) over ()` in one "
				+ "statement (the library's page holds 20 and also counts every filter). PostgreSQL's settings as "
				+ "installed, `maintenance_work_mem` 256MB for the index build.\n\n", PostgresBaseline.TABLE,
				SearchBenchmark.BASELINE_LIMIT));
		md.append(format("**Server.** `%s` (%s), on the database and index directory the in-process library left. "
				+ "Heap from `jcmd <pid> GC.heap_info`, RSS from `/proc/<pid>/status`; after the timed runs: heap %s, "
				+ "RSS %s, peak RSS %s. Load generator: `LoadGenerator`, %d threads each with its own keep-alive "
				+ "connection, sharing the two cores with the server and PostgreSQL.\n\n", this.serverCommand,
				this.last.collector(), mib(this.last.heapUsedKib()), mib(this.last.rssKib()),
				mib(this.last.peakRssKib()), SearchBenchmark.HTTP_CLIENTS));
		md.append(format(
				"**Machine.** `nproc` = %s; `free -g`:\n\n```\n%s\n```\n\nOne-minute load average when the "
						+ "run began: %s; when it ended: %s.\n\n",
				this.machine.nproc().strip(), this.machine.freeG().replaceAll("^\n+", "").stripTrailing(),
				this.machine.loadBefore(), this.machine.loadAfter()));
		md.append(format("**Date.** %s.\n\n",
				this.machine.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))));
		md.append("**Command.** `./mvnw -B -o -Pbenchmark verify -Dit.test='SearchBenchmark' -Dtest=None "
				+ "-Dsurefire.failIfNoSpecifiedTests=false`.\n");
	}

	private double pairedRatio(ToDoubleFunction<Latencies> figure) {
		double[] ratios = new double[Math.min(this.library.size(), this.baseline.size())];
		for (int i = 0; i < ratios.length; i++) {
			ratios[i] = figure.applyAsDouble(this.baseline.get(i)) / figure.applyAsDouble(this.library.get(i));
		}
		return DownloadReport.median(ratios);
	}

	/** A query's median time over every repetition. */
	private static double medianMillis(List<Latencies> repetitions, String query) {
		return DownloadReport.median(repetitions.stream()
			.flatMap((l) -> l.byQuery().getOrDefault(query, List.of()).stream())
			.mapToDouble((micros) -> micros / 1_000.0)
			.toArray());
	}

	/** The baseline's time over the library's: above 1, the library is faster. */
	private static String speed(double ratio) {
		return (ratio >= 1) ? format("%.1f× faster", ratio) : format("%.1f× slower", 1 / ratio);
	}

	private static String scores(Scored scored) {
		return format("%s, %.2f, %.2f", (scored.answerRank() == 0) ? "—" : Integer.toString(scored.answerRank()),
				scored.reciprocalRank(), scored.ndcg());
	}

	private static String ratio(double value, double baseline) {
		return (baseline == 0) ? "—" : format("%.2f×", value / baseline);
	}

	private static String seconds(Duration duration) {
		return format("%.1f s", duration.toMillis() / 1000.0);
	}

	private static String millis(double value) {
		return format("%.2f ms", value);
	}

	private static String mib(long kib) {
		return format("%,.0f MiB", kib / 1024.0);
	}

	private static String verdict(boolean met) {
		return met ? "met" : "**missed**";
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.UK, format, args);
	}

	/**
	 * The headline rows for the summary table: relevance against the baseline, the
	 * reindex, latency in-process against the baseline and over HTTP, memory under load.
	 */
	List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		Summary a = RelevanceScores.byClass(this.libraryScores).get("all");
		Summary b = RelevanceScores.byClass(this.baselineScores).get("all");
		figures.add(new Figure(format("MRR@10, %d queries", a.queries()), format("%.3f", a.mrr()),
				format("%.3f (PostgreSQL full text)", b.mrr()), ratio(a.mrr(), b.mrr()),
				"≥ 0.85 and above the baseline", Figure.Met.of(a.mrr() >= MRR_TARGET && a.mrr() > b.mrr())));
		figures.add(new Figure(format("nDCG@10, %d queries", a.queries()), format("%.3f", a.ndcg()),
				format("%.3f (PostgreSQL full text)", b.ndcg()), ratio(a.ndcg(), b.ndcg()), "above the baseline",
				Figure.Met.of(a.ndcg() > b.ndcg())));
		figures.add(Figure.targeted(
				format("Full reindex, %,d resources, %,d attached pages (median of %d)", this.corpus.resources(),
						this.corpus.pages(), this.reindex.runs().size()),
				seconds(this.reindex.took()), "< 3 min", this.reindex.took().compareTo(REINDEX_TARGET) < 0));
		double p95 = TargetResults.median(this.library, (l) -> l.millis(95));
		double faster = pairedRatio((l) -> l.millis(95));
		figures.add(new Figure("Search in-process, p95", millis(p95),
				millis(TargetResults.median(this.baseline, (l) -> l.millis(95))) + " (PostgreSQL full text)",
				speed(faster), "< 20 ms and ≥ 5× faster than the baseline",
				Figure.Met.of(p95 < SERVICE_P95_TARGET_MS && faster >= BASELINE_RATIO_TARGET)));
		double httpP95 = TargetResults.median(this.http, (run) -> run.percentileMillis(95));
		figures.add(Figure.targeted(format("Search over HTTP, %d clients, p95", SearchBenchmark.HTTP_CLIENTS),
				millis(httpP95), "< 50 ms", httpP95 < HTTP_P95_TARGET_MS));
		figures.add(Figure.reported(format("Search over HTTP, %d clients, requests/s", SearchBenchmark.HTTP_CLIENTS),
				format("%,.0f", TargetResults.median(this.http, RunResult::requestsPerSecond))));
		figures.add(Figure.reported(
				format("Server memory under search load (%s): heap used, peak; RSS after the runs / peak",
						PackagedLibrary.HEAP),
				format("%s; %s / %s", mib(this.httpPeakHeapKib), mib(this.last.rssKib()),
						mib(this.last.peakRssKib()))));
		return figures;
	}

	/**
	 * The mass indexer's runs (the {@code reindex} command, repeated).
	 *
	 * @param threads loading threads
	 * @param batch loading batch size
	 * @param runs how long each run took
	 */
	record Reindex(int threads, int batch, List<Duration> runs) {

		/** The median run. */
		Duration took() {
			return Duration.ofMillis(Math.round(TargetResults.median(this.runs, Duration::toMillis)));
		}

	}

	/**
	 * Latencies of one side in one repetition, µs: all queries in a histogram, and each
	 * query's own.
	 */
	record Latencies(Histogram histogram, Map<String, List<Long>> byQuery) {

		Latencies() {
			this(new Histogram(Duration.ofMinutes(1).toNanos() / 1_000, 3), new HashMap<>());
		}

		<T> T time(String query, Supplier<T> work) {
			long started = System.nanoTime();
			T result = work.get();
			long micros = Math.min(this.histogram.getHighestTrackableValue(), (System.nanoTime() - started) / 1_000);
			this.histogram.recordValue(micros);
			this.byQuery.computeIfAbsent(query, (key) -> new ArrayList<>()).add(micros);
			return result;
		}

		double millis(double percentile) {
			return this.histogram.getValueAtPercentile(percentile) / 1_000.0;
		}

	}

}
