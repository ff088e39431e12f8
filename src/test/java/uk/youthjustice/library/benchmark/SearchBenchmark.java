package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.InProcessLibrary.Answer;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;
import uk.youthjustice.library.benchmark.RelevanceScores.Scored;
import uk.youthjustice.library.benchmark.RelevanceSet.Query;
import uk.youthjustice.library.benchmark.SearchReport.Latencies;
import uk.youthjustice.library.benchmark.SearchReport.Reindex;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search at 100,000 resources (issue 05, "Relevance, measured" and "Speed"): relevance of
 * the library's search and of a PostgreSQL full-text baseline on the same data, the full
 * reindex, search latency in-process and over HTTP, and heap. Writes its section of
 * docs/benchmarks.md. It asserts that the run measured what it claims (the corpus is
 * there, every search answered, every HTTP response a 200), not that the targets were
 * met: those are reported.
 *
 * <p>
 * {@code ./mvnw -B -o -Pbenchmark verify -Dit.test=SearchBenchmark -Dtest=None
 * -Dsurefire.failIfNoSpecifiedTests=false}; system properties {@code benchmark.reindex}
 * (the rebuild's loading threads and batch size as {@code threadsxbatch}, default the
 * library's), {@code benchmark.profile} (Java Flight Recordings of the reindex, the
 * in-process searches and the server, into {@code target/benchmark/}),
 * {@code benchmark.search.resources} (default 100,000),
 * {@code benchmark.reindex.repetitions} (default 3), {@code benchmark.repetitions},
 * {@code benchmark.passes}, {@code benchmark.warmup-seconds} and
 * {@code benchmark.seconds} change the run.
 */
class SearchBenchmark {

	static final String SECTION = "search";

	static final int HTTP_CLIENTS = 8;

	static final int BASELINE_LIMIT = 10;

	/**
	 * At most this many rounds to warm the library up in-process, each as many passes
	 * over the set as a timed repetition.
	 */
	static final int IN_PROCESS_WARM_UP_ROUNDS = 30;

	/**
	 * At least this many in-process warm-up rounds (about 40 s): run 12's warm-up looked
	 * settled after four, and its first repetition was still slower than the rest.
	 */
	static final int IN_PROCESS_WARM_UP_FEWEST_ROUNDS = 10;

	/**
	 * At most this many warm-up runs over HTTP, each {@code benchmark.warmup-seconds}.
	 */
	static final int HTTP_WARM_UP_ROUNDS = 20;

	/**
	 * At least this many HTTP warm-up runs: five minutes of load at the default. Run 13
	 * stopped at six, three minutes, and its timed runs were still getting faster (99 to
	 * 135 requests a second).
	 */
	static final int HTTP_WARM_UP_FEWEST_ROUNDS = 10;

	@TempDir
	Path dataDir;

	@Test
	void searchesAHundredThousandResources() throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Path jar = Path.of(required("benchmark.jar"));
		assertThat(jar).as("the packaged app (run in the benchmark profile, after package)").isRegularFile();
		String url = TestDatabase.createFresh("search_benchmark");
		String user = TestDatabase.user();
		String password = TestDatabase.password();
		List<Query> queries = RelevanceSet.load();
		int needles;
		String loadBefore = PageServingReport.Machine.loadAverage();

		CorpusFacts corpus;
		Reindex reindex;
		Duration baselineBuild;
		List<Scored> libraryScores;
		List<Scored> baselineScores;
		List<Latencies> library = new ArrayList<>();
		List<Latencies> baseline = new ArrayList<>();
		long inProcessHeapKib;
		WarmUp.Outcome inProcessWarmUp;
		WarmUp.Outcome httpWarmUp;
		try (InProcessLibrary inProcess = InProcessLibrary.start(url, this.dataDir,
				"library.search.index.loading-threads=" + settings.loadingThreads(),
				"library.search.index.batch-size=" + settings.batchSize())) {
			say("library started in-process with the demo content");
			Shape shape = Shape.SEARCH.withSize(settings.resources());
			corpus = CorpusLoader.load(url, user, password, shape);
			needles = CorpusLoader.plantNeedles(url, user, password, RelevanceNeedles.load());
			say("corpus: %s; %d needles", corpus, needles);
			assertThat(corpus.pages()).as("attached pages").isGreaterThanOrEqualTo(fewestPages(shape));
			try (Profile profile = Profile.start(settings.profile(), "reindex")) {
				List<Duration> runs = new ArrayList<>();
				for (int run = 1; run <= settings.reindexRepetitions(); run++) {
					runs.add(inProcess.reindex());
					say("reindex %d, %d threads, batches of %d: %.1f s", run, settings.loadingThreads(),
							settings.batchSize(), runs.get(runs.size() - 1).toMillis() / 1000.0);
				}
				reindex = new Reindex(settings.loadingThreads(), settings.batchSize(), runs);
			}
			baselineBuild = PostgresBaseline.build(url, user, password, 2);
			say("baseline built in %.1f s", baselineBuild.toMillis() / 1000.0);
			try (PostgresBaseline postgres = PostgresBaseline.open(url, user, password)) {
				Function<String, Answer> service = inProcess::search;
				Function<String, Answer> sql = (words) -> postgres.search(words, BASELINE_LIMIT);
				libraryScores = RelevanceScores.score(queries, (words) -> service.apply(words).slugs());
				baselineScores = RelevanceScores.score(queries, (words) -> sql.apply(words).slugs());
				say("relevance: library %s; baseline %s", RelevanceScores.byClass(libraryScores).get("all"),
						RelevanceScores.byClass(baselineScores).get("all"));
				inProcessWarmUp = WarmUp.untilSettled(() -> searchesPerSecond(queries, service, sql, settings.passes()),
						IN_PROCESS_WARM_UP_FEWEST_ROUNDS, IN_PROCESS_WARM_UP_ROUNDS);
				say("in-process warm-up: %s", inProcessWarmUp.describe("searches/s"));
				inProcessHeapKib = heapAfterCollectionKib();
				try (Profile profile = Profile.start(settings.profile(), "search-in-process")) {
					for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
						Latencies a = new Latencies();
						Latencies b = new Latencies();
						interleave(queries, service, sql, settings.passes(), a, b);
						library.add(a);
						baseline.add(b);
						say("repetition %d: library p50 %.2f p95 %.2f p99 %.2f ms; baseline p50 %.2f p95 %.2f p99 %.2f ms",
								repetition, a.millis(50), a.millis(95), a.millis(99), b.millis(50), b.millis(95),
								b.millis(99));
					}
				}
			}
		}

		List<RunResult> http = new ArrayList<>();
		MemorySnapshot afterWarmUp;
		MemorySnapshot last;
		long httpPeakHeapKib;
		String serverCommand;
		Path log = jar.toAbsolutePath().getParent().resolve("benchmark").resolve("search-server.log");
		String[] recording = settings.profile() ? new String[] { "-XX:StartFlightRecording=filename="
				+ Profile.file("search-server") + ",settings=profile,dumponexit=true" } : new String[0];
		try (PackagedLibrary app = PackagedLibrary.start(jar, url, user, password, this.dataDir, log,
				PackagedLibrary.HEAP, recording)) {
			Query probe = queries.stream().filter((q) -> q.id().equals("attach-makaton")).findFirst().orElseThrow();
			app.awaitReady(path(probe.text()), (page) -> page.contains("Leicester YJS"), Duration.ofMinutes(10));
			say("packaged app ready on the same database and index, pid %d", app.pid());
			List<String> paths = queries.stream().map((q) -> path(q.text())).toList();
			LoadGenerator load = new LoadGenerator(PackagedLibrary.HOST, app.port(), HTTP_CLIENTS);
			httpWarmUp = WarmUp.untilSettled(() -> {
				RunResult round = load.run(paths, settings.warmup(), 0, settings.warmup());
				assertThat(round.failures()).as("warm-up: responses other than 200").isEmpty();
				return round.requestsPerSecond();
			}, HTTP_WARM_UP_FEWEST_ROUNDS, HTTP_WARM_UP_ROUNDS);
			say("HTTP warm-up: %s", httpWarmUp.describe("req/s"));
			afterWarmUp = app.memory();
			try (HeapSampler heap = HeapSampler.start(app.pid(), 250)) {
				for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
					RunResult run = load.run(paths, settings.duration(), PageServingBenchmark.MIN_REQUESTS_PER_RUN,
							settings.duration().multipliedBy(PageServingBenchmark.MAX_STRETCH));
					assertThat(run.failures()).as("responses other than 200").isEmpty();
					http.add(run);
					say("HTTP run %d: %,.0f req/s, p50 %.2f p95 %.2f p99 %.2f ms", repetition, run.requestsPerSecond(),
							run.percentileMillis(50), run.percentileMillis(95), run.percentileMillis(99));
				}
				httpPeakHeapKib = heap.peakUsedKib();
			}
			last = app.memory();
			serverCommand = app.commandForReport();
		}

		SearchReport report = new SearchReport(corpus, needles, queries.size(), reindex, baselineBuild, libraryScores,
				baselineScores, library, baseline, inProcessWarmUp, inProcessHeapKib, httpWarmUp, http, afterWarmUp,
				last, httpPeakHeapKib, serverCommand, settings,
				new PageServingReport.Machine(PackagedLibrary.run("nproc"), PackagedLibrary.run("free", "-g"),
						loadBefore, PageServingReport.Machine.loadAverage(),
						LocalDate.now(ZoneId.of("Europe/London"))));
		String markdown = report.markdown();
		if (settings.profile()) {
			say("profiled with JFR into %s, so docs/benchmarks.md is left alone:%n%s", Profile.file(""), markdown);
			return;
		}
		ReportSection.write(Path.of(required("benchmark.report")), SECTION, markdown);
		BenchmarkSummary.write(Path.of(required("benchmark.report")), SECTION, report.figures());
		say("wrote %s:%n%s", required("benchmark.report"), markdown);
	}

	/**
	 * The fewest attached pages the corpus can have short of a fault: five standard
	 * deviations below the expected count of attachments (about 190,000 pages at 100,000
	 * resources).
	 */
	static long fewestPages(Shape shape) {
		double share = shape.attachmentShare();
		double attachments = shape.size() * share - 5 * Math.sqrt(shape.size() * share * (1 - share));
		return (long) (Math.max(0, attachments) * shape.pagesPerAttachment());
	}

	/**
	 * Runs every query through the library and then the baseline, query by query, so that
	 * drift in the machine's speed touches both alike.
	 */
	private static void interleave(List<Query> queries, Function<String, Answer> library,
			Function<String, Answer> baseline, int passes, Latencies a, Latencies b) {
		for (int pass = 0; pass < passes; pass++) {
			for (Query query : queries) {
				a.time(query.text(), () -> library.apply(query.text()));
				b.time(query.text(), () -> baseline.apply(query.text()));
			}
		}
	}

	/**
	 * Passes over the set through the library and the baseline, query by query, as a
	 * timed repetition makes them: the library's searches a second.
	 */
	private static double searchesPerSecond(List<Query> queries, Function<String, Answer> library,
			Function<String, Answer> baseline, int passes) {
		long libraryNanos = 0;
		for (int pass = 0; pass < passes; pass++) {
			for (Query query : queries) {
				long started = System.nanoTime();
				library.apply(query.text());
				libraryNanos += System.nanoTime() - started;
				baseline.apply(query.text());
			}
		}
		return passes * queries.size() / (libraryNanos / 1e9);
	}

	private static long heapAfterCollectionKib() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
	}

	static String path(String words) {
		return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		assertThat(value).as("system property %s (set by the benchmark profile)", property).isNotBlank();
		return value;
	}

	private static void say(String format, Object... args) {
		System.out.println("[search] " + String.format(Locale.UK, format, args));
	}

	/**
	 * How the run is shaped.
	 *
	 * @param resources synthetic resources (100,000; fewer only to try the benchmark out)
	 * @param loadingThreads the rebuild's loading threads
	 * @param batchSize its loading batch size
	 * @param reindexRepetitions timed runs of the full reindex
	 * @param repetitions timed repetitions of the latency measurements
	 * @param passes passes over the relevance queries in one in-process repetition
	 * @param warmup one round of the HTTP warm-up (see {@link WarmUp})
	 * @param duration one timed HTTP run
	 * @param profile whether to record the reindex, the in-process searches and the
	 * server with Java Flight Recorder (then the report is printed, not written)
	 */
	record Settings(int resources, int loadingThreads, int batchSize, int reindexRepetitions, int repetitions,
			int passes, Duration warmup, Duration duration, boolean profile) {

		/** The library's own defaults ({@code library.search.index.*}). */
		static final String DEFAULT_REINDEX = "2x50";

		static Settings fromSystemProperties() {
			String[] reindex = System.getProperty("benchmark.reindex", DEFAULT_REINDEX).trim().split("x");
			return new Settings(Integer.getInteger("benchmark.search.resources", Shape.SEARCH.size()),
					Integer.parseInt(reindex[0]), Integer.parseInt(reindex[1]),
					Integer.getInteger("benchmark.reindex.repetitions", 3),
					Integer.getInteger("benchmark.repetitions", 5), Integer.getInteger("benchmark.passes", 3),
					Duration.ofSeconds(Integer.getInteger("benchmark.warmup-seconds", 30)),
					Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10)),
					Boolean.getBoolean("benchmark.profile"));
		}

	}

	/**
	 * A Java Flight Recording of this JVM while it lasts, into {@code target/benchmark/},
	 * when profiling was asked for; otherwise nothing.
	 */
	static final class Profile implements AutoCloseable {

		private final Recording recording;

		private final String name;

		private Profile(Recording recording, String name) {
			this.recording = recording;
			this.name = name;
		}

		static Profile start(boolean wanted, String name) {
			if (!wanted) {
				return new Profile(null, name);
			}
			Recording recording = new Recording();
			recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
			recording.start();
			return new Profile(recording, name);
		}

		static Path file(String name) {
			return Path.of(required("benchmark.jar"))
				.toAbsolutePath()
				.getParent()
				.resolve("benchmark")
				.resolve(name.isEmpty() ? "" : name + ".jfr");
		}

		@Override
		public void close() throws IOException {
			if (this.recording != null) {
				this.recording.stop();
				Files.createDirectories(file(this.name).getParent());
				this.recording.dump(file(this.name));
				this.recording.close();
			}
		}

	}

}
