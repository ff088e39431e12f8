package uk.youthjustice.library.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cold start (issue 08, "One benchmark suite"): the packaged app started from nothing (an
 * empty data directory, and an empty database on PostgreSQL), again and again, on the
 * embedded database and on PostgreSQL; the time until Spring Boot logs that it has
 * started and until the readiness probe says UP (after the demo content is in), and the
 * process's resident set once it has settled. Baseline: a bare JVM ({@code java
 * -version}) started in the same rounds. Writes its section of docs/benchmarks.md and its
 * rows of the summary; asserts that every start succeeded and served its home page.
 *
 * <p>
 * {@code ./mvnw -B -o -Pbenchmark verify -Dit.test=ColdStartBenchmark -Dtest=None
 * -Dsurefire.failIfNoSpecifiedTests=false}; system properties
 * {@code benchmark.cold-start.runs} (default 5) and
 * {@code benchmark.cold-start.settle-seconds} (default 5) change the run.
 */
class ColdStartBenchmark {

	static final String SECTION = "cold-start";

	/**
	 * Spring Boot's own line: {@code Started X in 9.1 seconds (process running for 9.8)}.
	 */
	private static final Pattern STARTED = Pattern
		.compile("Started \\S+ in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)");

	private static final Duration POLL = Duration.ofMillis(50);

	@TempDir
	Path work;

	@Test
	void startsFromNothing() throws Exception {
		int runs = Integer.getInteger("benchmark.cold-start.runs", 5);
		Duration settle = Duration.ofSeconds(Integer.getInteger("benchmark.cold-start.settle-seconds", 5));
		Path jar = Path.of(required("benchmark.jar"));
		assertThat(jar).as("the packaged app (run in the benchmark profile, after package)").isRegularFile();
		String loadBefore = PageServingReport.Machine.loadAverage();
		List<Round> rounds = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			Duration jvm = jvmStart();
			Start embedded = start(jar, run, false, settle);
			Start postgres = start(jar, run, true, settle);
			rounds.add(new Round(jvm, embedded, postgres));
			say("run %d: JVM %.2f s; embedded %s; PostgreSQL %s", run, seconds(jvm), embedded, postgres);
		}
		Report report = new Report(rounds, settle, loadBefore, PageServingReport.Machine.loadAverage());
		Path file = Path.of(required("benchmark.report"));
		ReportSection.write(file, SECTION, report.markdown());
		BenchmarkSummary.write(file, SECTION, report.figures());
		say("wrote %s:%n%s", file, report.markdown());
	}

	private Start start(Path jar, int run, boolean onPostgres, Duration settle) throws Exception {
		String name = (onPostgres ? "postgres-" : "embedded-") + run;
		Path dataDir = this.work.resolve(name);
		Path log = jar.toAbsolutePath().getParent().resolve("benchmark").resolve("cold-start-" + name + ".log");
		try (PackagedLibrary library = onPostgres
				? PackagedLibrary.start(jar, TestDatabase.createFresh("cold_start"), TestDatabase.user(),
						TestDatabase.password(), dataDir, log)
				: PackagedLibrary.startEmbedded(jar, dataDir, log, PackagedLibrary.HEAP)) {
			Duration ready = library.awaitReadiness(POLL, Duration.ofMinutes(5));
			double started = startedSeconds(library.logLines());
			assertThat(library.fetch("/").status()).as("%s: the home page once ready", name).isEqualTo(200);
			// Idle on purpose: the figure is the footprint of a library nobody is using
			// yet.
			LockSupport.parkNanos(settle.toNanos());
			PackagedLibrary.MemorySnapshot memory = library.memory();
			return new Start(ready, started, memory.rssKib(), memory.heapUsedKib());
		}
	}

	private static double startedSeconds(List<String> log) {
		for (String line : log) {
			Matcher started = STARTED.matcher(line);
			if (started.find()) {
				return Double.parseDouble(started.group(2));
			}
		}
		throw new AssertionError("No Started line in the log:\n" + String.join("\n", log));
	}

	/** A bare JVM with the app's heap setting, from spawn to exit. */
	private static Duration jvmStart() {
		long began = System.nanoTime();
		PackagedLibrary.run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), PackagedLibrary.HEAP,
				"-version");
		return Duration.ofNanos(System.nanoTime() - began);
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		assertThat(value).as("system property %s (set by the benchmark profile)", property).isNotBlank();
		return value;
	}

	private static void say(String format, Object... args) {
		System.out.println("[cold-start] " + String.format(Locale.UK, format, args));
	}

	/**
	 * One start.
	 *
	 * @param ready from spawning the process to the readiness probe's first UP
	 * @param startedSeconds the JVM's age when Spring Boot logged that it had started
	 * @param rssKib resident set after settling
	 * @param heapUsedKib heap used after settling
	 */
	record Start(Duration ready, double startedSeconds, long rssKib, long heapUsedKib) {

		@Override
		public String toString() {
			return String.format(Locale.UK, "Started at %.2f s, ready at %.2f s, RSS %,d MiB, heap %,d MiB",
					this.startedSeconds, seconds(this.ready), this.rssKib / 1024, this.heapUsedKib / 1024);
		}

	}

	/** One round: the bare JVM, then each database. */
	record Round(Duration jvm, Start embedded, Start postgres) {
	}

	/** The cold-start section and rows. */
	record Report(List<Round> rounds, Duration settle, String loadBefore, String loadAfter) {

		String markdown() {
			StringBuilder md = new StringBuilder("## Cold start (issue 08)\n\n");
			md.append(format("The packaged app started %d times on each database, each time from nothing: an empty "
					+ "data directory, and on PostgreSQL a fresh empty database, so every start runs the Flyway "
					+ "migrations and loads the demo content. Each round starts a bare JVM (`java %s -version`, the "
					+ "baseline: what no application can beat), then the app on the embedded database, then on "
					+ "PostgreSQL. *Started*: the JVM's age when Spring Boot logs `Started … (process running for N)`. "
					+ "*Ready*: from spawning the process to the first UP from `/actuator/health/readiness` (asked "
					+ "every %d ms), which comes after the demo content is loaded. Memory: `VmRSS` from "
					+ "`/proc/<pid>/status` and heap used from `jcmd <pid> GC.heap_info`, %d s after ready with no "
					+ "requests. Figures are medians; ratios the median of each round's ratio to its own bare JVM.\n\n",
					this.rounds.size(), PackagedLibrary.HEAP, POLL.toMillis(), this.settle.toSeconds()));
			md.append("| Figure | Value | Baseline | Ratio | Every run |\n|---|---|---|---|---|\n");
			for (Database database : Database.values()) {
				row(md, "Ready, " + database.label, (round) -> seconds(database.of(round).ready()), "%.2f s", true);
				row(md, "Started, " + database.label, (round) -> database.of(round).startedSeconds(), "%.2f s", true);
				row(md, "RSS idle after start, " + database.label, (round) -> database.of(round).rssKib() / 1024.0,
						"%.0f MiB", false);
				row(md, "Heap used idle after start, " + database.label,
						(round) -> database.of(round).heapUsedKib() / 1024.0, "%.0f MiB", false);
			}
			row(md, "Bare JVM, `java -version` (the baseline)", (round) -> seconds(round.jvm()), "%.2f s", false);
			md.append(format(
					"\nOne-minute load average when the runs began: %s; when they ended: %s. Machine: %s. "
							+ "Date: %s. Logs: `target/benchmark/cold-start-*.log`.\n\n",
					this.loadBefore, this.loadAfter, Host.describe(), LocalDate.now(ZoneId.of("Europe/London"))));
			md.append("**Command.** `").append(BenchmarkSummary.command()).append("`.\n");
			return md.toString();
		}

		List<Figure> figures() {
			List<Figure> figures = new ArrayList<>();
			for (Database database : Database.values()) {
				figures.add(new Figure("Cold start to ready (empty data, demo content loaded), " + database.label,
						format("%.2f s", median((round) -> seconds(database.of(round).ready()))),
						format("%.2f s (bare JVM)", median((round) -> seconds(round.jvm()))),
						format("%.0f×", ratioToJvm((round) -> seconds(database.of(round).ready()))), Figure.NONE,
						Figure.Met.NOT_APPLICABLE));
				figures.add(Figure.reported("RSS idle after start, " + database.label,
						format("%.0f MiB", median((round) -> database.of(round).rssKib() / 1024.0))));
			}
			return figures;
		}

		private void row(StringBuilder md, String figure, ToDoubleFunction<Round> value, String unit,
				boolean againstJvm) {
			md.append(format("| %s | %s | %s | %s | %s |\n", figure, format(unit, median(value)),
					againstJvm ? format("%.2f s (bare JVM)", median((round) -> seconds(round.jvm()))) : "—",
					againstJvm ? format("%.0f×", ratioToJvm(value)) : "—",
					this.rounds.stream()
						.map((round) -> format(unit, value.applyAsDouble(round)))
						.collect(Collectors.joining(", "))));
		}

		private double median(ToDoubleFunction<Round> value) {
			return TargetResults.median(this.rounds, value);
		}

		private double ratioToJvm(ToDoubleFunction<Round> value) {
			return median((round) -> value.applyAsDouble(round) / seconds(round.jvm()));
		}

		private static String format(String format, Object... args) {
			return String.format(Locale.UK, format, args);
		}

	}

	/** The two databases the app runs on. */
	enum Database {

		EMBEDDED("embedded H2"), POSTGRES("PostgreSQL");

		private final String label;

		Database(String label) {
			this.label = label;
		}

		Start of(Round round) {
			return (this == EMBEDDED) ? round.embedded() : round.postgres();
		}

	}

}
