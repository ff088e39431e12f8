package uk.youthjustice.library.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page serving under load (issue 02, "Speed"): the packaged app on PostgreSQL with 10,000
 * synthetic resources, driven over loopback by a fixed number of connections, against a
 * static file served by the same app. Writes its figures into docs/benchmarks.md. It
 * asserts that the run measured what it claims (every response a 200, enough requests,
 * pages showing the corpus), not that the targets were met: those are reported.
 *
 * <p>
 * {@code ./mvnw -Pbenchmark verify}; system properties {@code benchmark.targets} (names
 * from {@link PageTarget#all}, comma-separated), {@code benchmark.connections},
 * {@code benchmark.seconds}, {@code benchmark.warmup-seconds} and
 * {@code benchmark.repetitions} change the run.
 */
class PageServingBenchmark {

	/** Fewer requests than this make a p99 meaningless. */
	static final int MIN_REQUESTS_PER_RUN = 100;

	/**
	 * A run goes on past its duration, up to this many times it, to reach the minimum.
	 */
	static final int MAX_STRETCH = 6;

	@TempDir
	Path dataDir;

	@Test
	void servesPagesUnderLoad() throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Path jar = Path.of(required("benchmark.jar"));
		assertThat(jar).as("the packaged app (run in the benchmark profile, after package)").isRegularFile();
		String url = TestDatabase.createFresh("benchmark");
		Path log = jar.toAbsolutePath().getParent().resolve("benchmark").resolve("page-serving-server.log");
		try (PackagedLibrary library = PackagedLibrary.start(jar, url, TestDatabase.user(), TestDatabase.password(),
				this.dataDir, log)) {
			say("started the app, pid %d, port %d, log %s", library.pid(), library.port(), log);
			library.awaitReady("/", (home) -> listsEveryCategory(url, home), Duration.ofMinutes(5));
			say("demo content loaded");

			CorpusFacts corpus = CorpusLoader.load(url, TestDatabase.user(), TestDatabase.password(), Shape.PAGES);
			say("corpus: %s", corpus);
			assertThat(corpus.largestCategoryPublic()).as("public resources in the largest category")
				.isGreaterThanOrEqualTo(3_000);
			assertThat(corpus.largestCategoryFreePractice()).as("free practice examples there (page 50 exists)")
				.isGreaterThanOrEqualTo(1_000);

			List<PageTarget> targets = PageTarget.select(settings.targets(), corpus);
			for (PageTarget target : targets) {
				HttpConnection.Response response = library.fetch(target.path());
				assertThat(response.status()).as("%s %s", target.label(), target.path()).isEqualTo(200);
				assertThat(target.check().test(response.text()))
					.as("%s %s %s (rows written with JDBC are in the database, not in the search index)",
							target.label(), target.path(), target.checkDescription())
					.isTrue();
			}

			LoadGenerator load = new LoadGenerator(PackagedLibrary.HOST, library.port(), settings.connections());
			for (PageTarget target : targets) {
				RunResult warmUp = load.run(target.path(), settings.warmup(), 0, settings.warmup());
				say("warm-up %-30s %,8.0f req/s", target.label(), warmUp.requestsPerSecond());
				assertAllOk(warmUp, target);
			}
			String loadBefore = PageServingReport.Machine.loadAverage();
			List<TargetResults> results = new ArrayList<>();
			targets.forEach((target) -> results.add(new TargetResults(target)));
			long peakHeapKib;
			try (HeapSampler heap = HeapSampler.start(library.pid(), 250)) {
				timedRuns(settings, library, load, results);
				peakHeapKib = heap.peakUsedKib();
			}

			String loadAfter = PageServingReport.Machine.loadAverage();
			MemorySnapshot last = library.memory();
			PageServingReport report = new PageServingReport(results, corpus, settings,
					new PageServingReport.Server(library.commandForReport(),
							System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
							last.collector(), last.peakRssKib(), peakHeapKib),
					new PageServingReport.Machine(PackagedLibrary.run("nproc"), PackagedLibrary.run("free", "-g"),
							loadBefore, loadAfter, LocalDate.now(ZoneId.of("Europe/London"))));
			String markdown = report.markdown();
			ReportSection.write(Path.of(required("benchmark.report")), PageServingReport.SECTION, markdown);
			BenchmarkSummary.write(Path.of(required("benchmark.report")), PageServingReport.SECTION, report.figures());
			say("wrote %s:%n%s", required("benchmark.report"), markdown);
		}
	}

	/** Every repetition runs every target once, the baseline first. */
	private static void timedRuns(Settings settings, PackagedLibrary library, LoadGenerator load,
			List<TargetResults> results) throws InterruptedException {
		for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
			for (TargetResults result : results) {
				RunResult run = load.run(result.target().path(), settings.duration(), MIN_REQUESTS_PER_RUN,
						settings.duration().multipliedBy(MAX_STRETCH));
				assertWorked(run, result.target());
				MemorySnapshot memory = library.memory();
				result.runs().add(run);
				result.memory().add(memory);
				say("run %d %-30s %,8.0f req/s  %5.1f s  p50 %6.2f ms  p99 %7.2f ms  heap %,d MiB  RSS %,d MiB",
						repetition, result.target().label(), run.requestsPerSecond(), run.elapsed().toMillis() / 1000.0,
						run.percentileMillis(50), run.percentileMillis(99), memory.heapUsedKib() / 1024,
						memory.rssKib() / 1024);
			}
		}
	}

	private static void assertWorked(RunResult run, PageTarget target) {
		assertThat(run.failures())
			.as("%s %s: responses other than 200 and connection errors", target.label(), target.path())
			.isEmpty();
		assertThat(run.requests()).as("%s %s: requests completed in the run", target.label(), target.path())
			.isGreaterThanOrEqualTo(MIN_REQUESTS_PER_RUN);
	}

	private static void assertAllOk(RunResult run, PageTarget target) {
		assertThat(run.failures())
			.as("%s %s: responses other than 200 and connection errors", target.label(), target.path())
			.isEmpty();
	}

	private static boolean listsEveryCategory(String url, String home) {
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement();
				ResultSet names = statement.executeQuery("select name from category")) {
			boolean any = false;
			while (names.next()) {
				any = true;
				if (!home.contains(PageTarget.escape(names.getString(1)))) {
					return false;
				}
			}
			return any;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		assertThat(value).as("system property %s (set by the benchmark profile)", property).isNotBlank();
		return value;
	}

	private static void say(String format, Object... args) {
		System.out.println("[page-serving] " + String.format(Locale.UK, format, args));
	}

	/** How the run is shaped; defaults from the issue and docs/benchmark-method. */
	record Settings(String targets, int connections, Duration warmup, Duration duration, int repetitions) {

		private static final Settings DEFAULTS = new Settings("", 16, Duration.ofSeconds(15), Duration.ofSeconds(10),
				5);

		static Settings fromSystemProperties() {
			return new Settings(System.getProperty("benchmark.targets", DEFAULTS.targets).trim(),
					Integer.getInteger("benchmark.connections", DEFAULTS.connections),
					Duration
						.ofSeconds(Integer.getInteger("benchmark.warmup-seconds", (int) DEFAULTS.warmup.toSeconds())),
					Duration.ofSeconds(Integer.getInteger("benchmark.seconds", (int) DEFAULTS.duration.toSeconds())),
					Integer.getInteger("benchmark.repetitions", DEFAULTS.repetitions));
		}

		/**
		 * The settings that differ from the defaults, as the -D options that set them.
		 */
		String overrides() {
			List<String> options = new ArrayList<>();
			if (!this.targets.equals(DEFAULTS.targets)) {
				options.add("`-Dbenchmark.targets=" + this.targets + "`");
			}
			if (this.connections != DEFAULTS.connections) {
				options.add("`-Dbenchmark.connections=" + this.connections + "`");
			}
			if (!this.warmup.equals(DEFAULTS.warmup)) {
				options.add("`-Dbenchmark.warmup-seconds=" + this.warmup.toSeconds() + "`");
			}
			if (!this.duration.equals(DEFAULTS.duration)) {
				options.add("`-Dbenchmark.seconds=" + this.duration.toSeconds() + "`");
			}
			if (this.repetitions != DEFAULTS.repetitions) {
				options.add("`-Dbenchmark.repetitions=" + this.repetitions + "`");
			}
			return String.join(" ", options);
		}

	}

}
