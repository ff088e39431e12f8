package uk.youthjustice.library.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One OpenSearch node for a check of the scale-out profile: the codelibs runner from
 * Maven Central as a process of its own (its classpath written by the profile into
 * {@code scale-out.directory}), started and waited for until its cluster is yellow.
 */
public final class OpenSearchNode implements AutoCloseable {

	private final ServerProcess process;

	private final int port;

	private final Duration started;

	private OpenSearchNode(ServerProcess process, int port, Duration started) {
		this.process = process;
		this.port = port;
		this.started = started;
	}

	/**
	 * @param run the directory for this run's data and logs
	 * @return the node, its cluster yellow
	 * @throws IOException if it cannot be started
	 * @throws InterruptedException if interrupted while stopping a node that failed
	 */
	public static OpenSearchNode start(Path run) throws IOException, InterruptedException {
		Path classpath = directory().resolve("opensearch.classpath");
		// The runner takes HTTP ports up to 9299.
		int port = ServerProcess.freePortBetween(9201, 9299);
		ServerProcess process = ServerProcess.java("OpenSearch", run.resolve("opensearch.log"),
				List.of("-Xms512m", "-Xmx512m", "-cp", Files.readString(classpath).strip(),
						"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath",
						run.resolve("opensearch").toString(), "-numOfNode", "1", "-baseHttpPort",
						Integer.toString(port - 1), "-clusterName", "library-scale-out"));
		try {
			Duration started = process.awaitAnswer(
					"http://" + ServerProcess.HOST + ":" + port + "/_cluster/health?wait_for_status=yellow&timeout=1s",
					(answer) -> answer.statusCode() == 200, Duration.ofMinutes(5));
			return new OpenSearchNode(process, port, started);
		}
		catch (RuntimeException ex) {
			process.close();
			throw ex;
		}
	}

	/** Where the scale-out profile writes the servers' classpaths. */
	public static Path directory() {
		return Path.of(System.getProperty("scale-out.directory", "target/scale-out"));
	}

	/** The node's HTTP address, for {@code library.search.opensearch.uris}. */
	public String uri() {
		return "http://" + ServerProcess.HOST + ":" + this.port;
	}

	/** From the launch of its process until its cluster was yellow. */
	public Duration started() {
		return this.started;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.close();
	}

}
