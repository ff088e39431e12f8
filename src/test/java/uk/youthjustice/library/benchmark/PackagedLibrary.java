package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.youthjustice.library.support.ChildProcesses;

/**
 * The packaged library ({@code java -jar}) running as a process of its own, so that the
 * load generator, the test JVM and the server do not share a heap or a JIT.
 */
final class PackagedLibrary implements AutoCloseable {

	static final String HOST = "127.0.0.1";

	static final String HEAP = "-Xmx512m";

	private static final Pattern HEAP_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");

	private final Process process;

	private final List<String> command;

	private final int port;

	private final Path log;

	private final long startedNanos;

	private PackagedLibrary(Process process, List<String> command, int port, Path log, long startedNanos) {
		this.process = process;
		this.command = command;
		this.port = port;
		this.log = log;
		this.startedNanos = startedNanos;
	}

	/**
	 * Starts the jar on PostgreSQL with the demo content, on a free loopback port.
	 * @param jar the packaged application
	 * @param databaseUrl JDBC URL of an empty database
	 * @param user database user
	 * @param password database password
	 * @param dataDir an empty data directory
	 * @param log where the process's output goes
	 * @return the running process
	 * @throws IOException if the process cannot be started
	 */
	static PackagedLibrary start(Path jar, String databaseUrl, String user, String password, Path dataDir, Path log)
			throws IOException {
		return start(jar, databaseUrl, user, password, dataDir, log, HEAP);
	}

	/**
	 * As {@link #start(Path, String, String, String, Path, Path)}, with another heap
	 * limit and more JVM options.
	 * @param heap the {@code -Xmx} option
	 * @param jvmOptions more options for the JVM, such as a flight recording
	 */
	static PackagedLibrary start(Path jar, String databaseUrl, String user, String password, Path dataDir, Path log,
			String heap, String... jvmOptions) throws IOException {
		return launch(jar,
				List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + databaseUrl,
						"--spring.datasource.username=" + user, "--spring.datasource.password=" + password),
				dataDir, log, heap, jvmOptions);
	}

	/**
	 * Starts the jar as it starts with no configuration at all: on the embedded database
	 * in its data directory, with the demo content.
	 * @param jar the packaged application
	 * @param dataDir an empty data directory
	 * @param log where the process's output goes
	 * @param heap the {@code -Xmx} option
	 * @param settings more application settings, {@code --name=value}
	 * @return the running process
	 * @throws IOException if the process cannot be started
	 */
	static PackagedLibrary startEmbedded(Path jar, Path dataDir, Path log, String heap, String... settings)
			throws IOException {
		return launch(jar, List.of(settings), dataDir, log, heap);
	}

	private static PackagedLibrary launch(Path jar, List<String> settings, Path dataDir, Path log, String heap,
			String... jvmOptions) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(heap);
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(settings);
		command.addAll(List.of("--library.demo-content=true", "--library.data-dir=" + dataDir,
				"--server.address=" + HOST, "--server.port=" + port));
		Files.createDirectories(log.getParent());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new PackagedLibrary(process, command, port, log, started);
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** The command line, with machine-specific paths and the database URL shortened. */
	String commandForReport() {
		return String.join(" ", this.command)
			.replaceFirst("^\\S+/bin/java", "java")
			.replaceAll("-jar \\S+/target/", "-jar target/")
			.replaceAll("datasource\\.url=\\S+", "datasource.url=jdbc:postgresql://localhost:5432/<fresh database>")
			.replaceAll("data-dir=\\S+", "data-dir=<empty temporary directory>")
			.replaceAll("server\\.port=\\d+", "server.port=<free port>")
			.replaceAll("file=\\S+/target/", "file=target/")
			.replaceAll("(admin\\.password)=\\S+", "$1=<a long password>");
	}

	/**
	 * Waits until the readiness probe reports UP (Spring Boot reports it after the demo
	 * content loader, an application runner, has finished) and a page passes a check.
	 * @param path the page to fetch once ready
	 * @param check what the page's text must satisfy
	 * @param timeout how long to wait in all
	 */
	void awaitReady(String path, Predicate<String> check, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		boolean ready = false;
		while (true) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The library stopped during start-up:\n" + logTail());
			}
			if (!ready) {
				ready = fetchesText("/actuator/health/readiness", (body) -> body.contains("\"UP\""));
			}
			if (ready && fetchesText(path, check)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The library was not ready within " + timeout + ":\n" + logTail());
			}
			LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
		}
	}

	/**
	 * Waits for the readiness probe to report UP, asking every {@code pollEvery}.
	 * @return the time from starting the process to the first UP seen
	 */
	Duration awaitReadiness(Duration pollEvery, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!fetchesText("/actuator/health/readiness", (body) -> body.contains("\"UP\""))) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The library stopped during start-up:\n" + logTail());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The library was not ready within " + timeout + ":\n" + logTail());
			}
			LockSupport.parkNanos(pollEvery.toNanos());
		}
		return Duration.ofNanos(System.nanoTime() - this.startedNanos);
	}

	/** The process's output so far. */
	List<String> logLines() throws IOException {
		return Files.readAllLines(this.log);
	}

	/** The number of file descriptors the process has open ({@code /proc/<pid>/fd}). */
	long openFileDescriptors() {
		try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
			return fds.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fetches a page once on a new connection. */
	HttpConnection.Response fetch(String path) throws IOException {
		try (HttpConnection connection = new HttpConnection(HOST, this.port)) {
			return connection.send(HttpConnection.request(HOST, this.port, path), true);
		}
	}

	private boolean fetchesText(String path, Predicate<String> check) {
		try {
			HttpConnection.Response response = fetch(path);
			return response.status() == 200 && check.test(response.text());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Reads the process's memory: resident set now and at its peak from
	 * {@code /proc/<pid>/status}, heap from {@code jcmd <pid> GC.heap_info}.
	 * @return the figures, in KiB
	 */
	MemorySnapshot memory() {
		long rss = procStatusKib("VmRSS");
		long peakRss = procStatusKib("VmHWM");
		String heapInfo = run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid()),
				"GC.heap_info");
		long heapTotal = 0;
		long heapUsed = 0;
		String collector = "unknown";
		for (String line : heapInfo.split("\n")) {
			Matcher matcher = HEAP_LINE.matcher(line);
			if (matcher.find() && !line.contains("Metaspace") && !line.contains("class space")) {
				heapTotal += Long.parseLong(matcher.group(1));
				heapUsed += Long.parseLong(matcher.group(2));
				if (collector.equals("unknown")) {
					collector = line.substring(0, matcher.start()).trim();
				}
			}
		}
		if (heapTotal == 0) {
			throw new IllegalStateException("Could not read the heap from jcmd:\n" + heapInfo);
		}
		return new MemorySnapshot(heapUsed, heapTotal, rss, peakRss, collector);
	}

	/** The resident set size now, KiB ({@code VmRSS}). */
	long rssKib() {
		return procStatusKib("VmRSS");
	}

	/**
	 * As {@link #memory()}, just after a full collection ({@code jcmd <pid> GC.run}): the
	 * heap used is then what the app holds on to. A pause for the server, so only between
	 * timed runs.
	 */
	MemorySnapshot memoryAfterFullCollection() {
		run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid()), "GC.run");
		return memory();
	}

	private long procStatusKib(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
				}
			}
			throw new IllegalStateException(field + " missing from /proc/" + pid() + "/status");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a command and returns its output. */
	static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String logTail() {
		return ChildProcesses.logTail(this.log, 40);
	}

	@Override
	public void close() throws InterruptedException {
		ChildProcesses.stop(this.process);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
	}

	/** Memory of the server process, in KiB. */
	record MemorySnapshot(long heapUsedKib, long heapCommittedKib, long rssKib, long peakRssKib, String collector) {
	}

}
