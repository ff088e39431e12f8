package uk.youthjustice.library.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.SoakMix.Kind;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load held (issue 08): the packaged app on PostgreSQL with the page benchmark's corpus,
 * a mixed workload of browsing, resource pages, searches, downloads and an editor saving,
 * first as fast as it goes (the capacity probe), then at half that rate for a short run
 * and for the soak itself. Every ~10 s it samples the heap after collection (from the GC
 * log), open file descriptors and RSS. Asserts: no response other than the expected one
 * (so no 5xx), the soak's p99 within twice the short run's, the heap and the file
 * descriptors flat ({@link Flatness}; the rules in docs/decisions/0026). Writes its
 * section of docs/benchmarks.md and its rows of the summary before asserting, so that a
 * failed soak still leaves its figures.
 *
 * <p>
 * {@code ./mvnw -B -o -Pbenchmark verify -Dit.test=SoakBenchmark -Dtest=None
 * -Dsurefire.failIfNoSpecifiedTests=false}; system properties
 * {@code benchmark.soak.minutes} (default 10), {@code benchmark.soak.short-seconds} (60),
 * {@code benchmark.soak.probe-seconds} (30), {@code benchmark.warmup-seconds} (15),
 * {@code benchmark.connections} (16), {@code benchmark.soak.save-seconds} (2) and
 * {@code benchmark.soak.sample-seconds} (10) change the run.
 */
class SoakBenchmark {

	static final String SECTION = "soak";

	static final String EDITOR = "soak-editor@example.org";

	static final String EDITOR_PASSWORD = "soak-benchmark-editor-password-2026";

	/** Heap: live after a full collection, end against start. */
	static final double HEAP_SHARE = 0.20;

	static final double HEAP_FLOOR_MIB = 32;

	/** File descriptors: last quarter's median against the first quarter's. */
	static final double FD_SHARE = 0.10;

	static final double FD_FLOOR = 10;

	/** The soak's p99 at most this many times the short run's. */
	static final double P99_LIMIT = 2.0;

	@TempDir
	Path dataDir;

	@Test
	void holdsHalfItsCapacity() throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Path jar = Path.of(required("benchmark.jar"));
		assertThat(jar).as("the packaged app (run in the benchmark profile, after package)").isRegularFile();
		String url = TestDatabase.createFresh("soak");
		String user = TestDatabase.user();
		String password = TestDatabase.password();
		Path logs = jar.toAbsolutePath().getParent().resolve("benchmark");
		Files.createDirectories(logs);
		Files.deleteIfExists(logs.resolve("soak-gc.log"));
		GcLog gc = new GcLog(logs.resolve("soak-gc.log"));
		try (PackagedLibrary library = PackagedLibrary.start(jar, url, user, password, this.dataDir,
				logs.resolve("soak-server.log"), PackagedLibrary.HEAP, gc.jvmOption(),
				"-Dlibrary.admin.email=" + EDITOR, "-Dlibrary.admin.password=" + EDITOR_PASSWORD)) {
			say("started the app, pid %d, port %d", library.pid(), library.port());
			library.awaitReady("/", (home) -> !home.isBlank(), Duration.ofMinutes(5));
			List<String> downloads = SoakMix.downloads(url, user, password);
			long edited = SoakMix.editedResource(url, user, password);
			CorpusFacts corpus = CorpusLoader.load(url, user, password, Shape.PAGES);
			Map<Kind, List<String>> choices = SoakMix.choices(url, user, password, corpus, downloads);
			assertThat(choices).as("paths of every kind").allSatisfy((kind, paths) -> assertThat(paths).isNotEmpty());
			for (String path : choices.values().stream().flatMap(List::stream).toList()) {
				assertThat(library.fetch(path).status()).as(path).isEqualTo(200);
			}
			List<String> paths = SoakMix.sequence(choices);
			say("corpus %s; mix of %d paths (%s)", corpus, paths.size(), choices.keySet());

			LoadGenerator load = new LoadGenerator(PackagedLibrary.HOST, library.port(), settings.connections());
			try (EditorSaves editor = EditorSaves.start(library.port(), new SignIn(EDITOR, EDITOR_PASSWORD), edited,
					settings.saveEvery())) {
				assertWorked(load.run(paths, settings.warmup(), 0, settings.warmup()), "warm-up");
				RunResult probe = load.run(paths, settings.probe(), 0, settings.probe());
				assertWorked(probe, "capacity probe");
				double rate = probe.requestsPerSecond() / 2;
				say("capacity %.0f req/s, p99 %.1f ms; soaking at %.0f req/s", probe.requestsPerSecond(),
						probe.percentileMillis(99), rate);
				long liveBeforeKib = library.memoryAfterFullCollection().heapUsedKib();
				editor.take();
				RunResult shortRun = load.runAtRate(paths, rate, settings.shortRun());
				EditorSaves.Result shortSaves = editor.take();
				say("short run: %.0f req/s, p99 %.1f ms; %d saves", shortRun.requestsPerSecond(),
						shortRun.percentileMillis(99), shortSaves.saves());
				gc.lowestAfterCollectionKibSinceLastRead();
				List<SoakReport.Sample> samples = new ArrayList<>();
				RunResult soak = soak(load, paths, rate, settings, library, gc, samples);
				EditorSaves.Result soakSaves = editor.take();
				long liveAfterKib = library.memoryAfterFullCollection().heapUsedKib();
				SoakReport report = new SoakReport(settings, corpus, choices, probe, rate, shortRun, shortSaves, soak,
						soakSaves, samples, liveBeforeKib, liveAfterKib, library.commandForReport());
				Path file = Path.of(required("benchmark.report"));
				ReportSection.write(file, SECTION, report.markdown());
				BenchmarkSummary.write(file, SECTION, report.figures());
				say("wrote %s:%n%s", file, report.markdown());
				assertThat(soak.failures()).as("responses other than 200 in the soak").isEmpty();
				assertThat(soakSaves.failures()).as("editor saves that failed in the soak").isEmpty();
				assertThat(soakSaves.saves()).as("editor saves in the soak").isPositive();
				assertThat(report.p99Ratio()).as("the soak's p99 against the short run's")
					.isLessThanOrEqualTo(P99_LIMIT);
				assertThat(report.liveHeap().flat()).as("live heap %s", report.liveHeap().describe("MiB")).isTrue();
				assertThat(report.fileDescriptors().flat())
					.as("open file descriptors %s", report.fileDescriptors().describe(""))
					.isTrue();
			}
		}
	}

	/**
	 * Runs the soak on a thread of its own and samples the server until it ends, waiting
	 * on the run itself so that the last sample comes as soon as it ends.
	 */
	private static RunResult soak(LoadGenerator load, List<String> paths, double rate, Settings settings,
			PackagedLibrary library, GcLog gc, List<SoakReport.Sample> samples) throws Exception {
		ExecutorService runner = Executors.newSingleThreadExecutor();
		try {
			long began = System.nanoTime();
			Future<RunResult> running = runner.submit(() -> load.runAtRate(paths, rate, settings.soak()));
			long lastHeapKib = 0;
			while (true) {
				try {
					RunResult done = running.get(settings.sampleEvery().toMillis(), TimeUnit.MILLISECONDS);
					return done;
				}
				catch (TimeoutException ex) {
					Duration at = Duration.ofNanos(System.nanoTime() - began);
					if (at.compareTo(settings.soak()) >= 0) {
						// The connections are closing: not the server under load any
						// more.
						continue;
					}
					lastHeapKib = gc.lowestAfterCollectionKibSinceLastRead().orElse(lastHeapKib);
					SoakReport.Sample sample = new SoakReport.Sample(at, lastHeapKib, library.openFileDescriptors(),
							library.rssKib());
					samples.add(sample);
					say("%s", sample);
				}
			}
		}
		finally {
			runner.shutdownNow();
		}
	}

	private static void assertWorked(RunResult run, String what) {
		assertThat(run.failures()).as("%s: responses other than 200", what).isEmpty();
		assertThat(run.requests()).as("%s: requests", what).isPositive();
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		assertThat(value).as("system property %s (set by the benchmark profile)", property).isNotBlank();
		return value;
	}

	static void say(String format, Object... args) {
		System.out.println("[soak] " + String.format(Locale.UK, format, args));
	}

	/** How the soak is shaped. */
	record Settings(Duration soak, Duration shortRun, Duration probe, Duration warmup, int connections,
			Duration saveEvery, Duration sampleEvery) {

		static Settings fromSystemProperties() {
			return new Settings(Duration.ofMinutes(Integer.getInteger("benchmark.soak.minutes", 10)),
					Duration.ofSeconds(Integer.getInteger("benchmark.soak.short-seconds", 60)),
					Duration.ofSeconds(Integer.getInteger("benchmark.soak.probe-seconds", 30)),
					Duration.ofSeconds(Integer.getInteger("benchmark.warmup-seconds", 15)),
					Integer.getInteger("benchmark.connections", 16),
					Duration.ofSeconds(Integer.getInteger("benchmark.soak.save-seconds", 2)),
					Duration.ofSeconds(Integer.getInteger("benchmark.soak.sample-seconds", 10)));
		}

	}

}
