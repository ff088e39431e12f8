package uk.youthjustice.library.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.PackagedJar;
import uk.youthjustice.library.support.TestDatabase;

/**
 * The packaged library ({@code target/practice-library.jar}, built before Failsafe runs)
 * as an operating-system process of its own, so that a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) and start it again on the same database
 * and data directory.
 */
final class KillableLibrary implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private KillableLibrary(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar on PostgreSQL with the demo content and waits until it is ready.
	 * @param log where its output goes (appended to, so a restart's follows the first's)
	 */
	static KillableLibrary start(String databaseUrl, Path dataDir, Path log, String... settings) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		List<String> command = new java.util.ArrayList<>(PackagedJar.command("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(), "--library.data-dir=" + dataDir,
				"--library.operations.min-free-space=1MB", "--server.address=127.0.0.1", "--server.port=" + port));
		for (String setting : settings) {
			command.add("--" + setting);
		}
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		KillableLibrary library = new KillableLibrary(process, port, log);
		library.awaitReady();
		return library;
	}

	int port() {
		return this.port;
	}

	private void awaitReady() {
		Poll.until(Duration.ofMinutes(3), () -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The library stopped during start-up; see " + this.log);
			}
			return LocalHttp.get(this.port, "/actuator/health/readiness").statusCode();
		}, (status) -> status == 200, "the library ready (log: " + this.log + ")");
	}

	/** SIGKILL: no shutdown hook, no graceful shutdown, nothing handed back. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The library did not die");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

}
