package uk.youthjustice.library.search.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.support.AttachmentTableLock;
import uk.youthjustice.library.support.PackagedJar;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/practice-library.jar reindex}, run as an operator would: the
 * packaged jar (Failsafe runs after {@code package}) against a database of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReindexCommandIT {

	@TempDir
	static Path dataDir;

	private static String databaseUrl;

	@BeforeAll
	static void aFreshDatabase() {
		databaseUrl = TestDatabase.createFresh("reindex_command");
	}

	@Test
	@Order(1)
	void rebuildsTheIndexAndExitsZero() throws Exception {
		// A new database: the demo content is loaded as the library starts, then indexed.
		Run run = Run.start(reindex());
		assertThat(run.exitStatus()).as(run.output()).isZero();
		assertThat(run.output()).contains("Rebuilding the search index in " + dataDir.resolve("index"))
			.containsPattern("Indexed 30 of 30 resources in [0-9.]+ s \\([0-9,]+/s\\)\\.");
		assertThat(Files.readString(dataDir.resolve("index").resolve(IndexDirectory.MARKER)))
			.contains("mapping-version=" + SearchIndex.MAPPING_VERSION)
			.contains("documents=30");
	}

	@Test
	@Order(2)
	void printsProgressLinesWhileItRuns() throws Exception {
		Run run;
		try (AttachmentTableLock lock = AttachmentTableLock.hold(databaseUrl)) {
			// Hibernate's schema check reads the table's definition, which waits for the
			// lock: this run skips it, so that only the rebuild waits.
			List<String> arguments = new ArrayList<>(reindex());
			arguments.add("--spring.jpa.hibernate.ddl-auto=none");
			run = Run.start(arguments);
			run.awaitLine((line) -> line.startsWith("Indexed 0 of 30 resources (0%)"));
		}
		assertThat(run.exitStatus()).as(run.output()).isZero();
		assertThat(run.output()).contains("Indexed 30 of 30 resources in");
	}

	@Test
	@Order(3)
	void anUnknownCommandGetsTheListAndStatusTwo() throws Exception {
		Run run = Run.start(List.of("reindx"));
		assertThat(run.exitStatus()).isEqualTo(2);
		assertThat(run.output()).contains("Unknown command: reindx").contains("reindex").contains("Usage:");
	}

	@Test
	@Order(4)
	void aLibraryThatCannotStartFailsWithAReason() throws Exception {
		Run run = Run.start(List.of("reindex", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
				"--library.data-dir=" + dataDir));
		assertThat(run.exitStatus()).isEqualTo(1);
		assertThat(run.output()).contains("The library could not start, so reindex did not run.");
	}

	private static List<String> reindex() {
		return List.of("reindex", "--spring.datasource.url=" + databaseUrl,
				"--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(), "--library.data-dir=" + dataDir,
				"--library.search.index.progress-interval=200ms");
	}

	/** The jar running as a process of its own, its output read line by line. */
	private static final class Run {

		private final Process process;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private final List<String> seen = new ArrayList<>();

		private final Thread reader;

		private Run(Process process) {
			this.process = process;
			this.reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					in.lines().forEach(this.lines::add);
				}
				catch (IOException ex) {
					this.lines.add("(output unreadable: " + ex + ")");
				}
			}, "reindex-output");
			this.reader.setDaemon(true);
			this.reader.start();
		}

		static Run start(List<String> arguments) throws IOException {
			List<String> command = PackagedJar.command(arguments.toArray(String[]::new));
			return new Run(new ProcessBuilder(command).redirectErrorStream(true).start());
		}

		/** Waits, at most three minutes, for a line that passes the check. */
		void awaitLine(Predicate<String> check) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (System.nanoTime() < deadline) {
				String line = this.lines.poll(1, TimeUnit.SECONDS);
				if (line != null) {
					this.seen.add(line);
					if (check.test(line)) {
						return;
					}
				}
				else if (!this.process.isAlive()) {
					break;
				}
			}
			throw new AssertionError("No such line in:\n" + output());
		}

		int exitStatus() throws InterruptedException {
			if (!this.process.waitFor(5, TimeUnit.MINUTES)) {
				this.process.destroyForcibly();
				throw new AssertionError("Still running after five minutes:\n" + output());
			}
			// The output's end arrives after the exit.
			this.reader.join(TimeUnit.SECONDS.toMillis(10));
			return this.process.exitValue();
		}

		/**
		 * Every line read so far: all of them once {@link #exitStatus()} has returned.
		 */
		String output() {
			this.lines.drainTo(this.seen);
			return String.join("\n", this.seen);
		}

	}

}
