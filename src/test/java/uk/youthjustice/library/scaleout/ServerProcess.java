package uk.youthjustice.library.scaleout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import uk.youthjustice.library.support.ChildProcesses;

/**
 * A server of the scale-out check running as a Java process of its own (an OpenSearch
 * node, the S3 store, a library node), its output in a log file.
 */
final class ServerProcess implements AutoCloseable {

	static final String HOST = "127.0.0.1";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final Process process;

	private final Path log;

	private final long startedNanos = System.nanoTime();

	private ServerProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code java} with these arguments.
	 * @param name what the server is, for messages
	 * @param log where its output goes
	 * @param arguments the JVM's arguments (options, then class or jar, then its own)
	 * @return the running process
	 * @throws IOException if it cannot be started
	 */
	static ServerProcess java(String name, Path log, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ServerProcess(name, process, log);
	}

	/**
	 * Waits until a GET of the address answers with a status the check accepts.
	 * @return how long the server took to start, from the launch of its process
	 */
	Duration awaitAnswer(String url, Predicate<HttpResponse<String>> check, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " stopped during start-up:\n" + logTail());
			}
			try {
				HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (check.test(answer)) {
					return Duration.ofNanos(System.nanoTime() - this.startedNanos);
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						this.name + " did not answer " + url + " within " + timeout + ":\n" + logTail());
			}
			LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
		}
	}

	String logTail() {
		return ChildProcesses.logTail(this.log, 60);
	}

	@Override
	public void close() throws InterruptedException {
		ChildProcesses.stop(this.process);
	}

	/**
	 * A port free now in a range, for a server that takes only ports from there (the
	 * OpenSearch runner takes HTTP ports up to 9299).
	 */
	static int freePortBetween(int first, int last) {
		for (int port = first; port <= last; port++) {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
				return port;
			}
			catch (IOException ex) {
				// Taken; try the next.
			}
		}
		throw new IllegalStateException("No free port between " + first + " and " + last);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
	}

}
