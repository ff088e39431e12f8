package uk.youthjustice.library.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the tests that start a server as a process of its own (the packaged library, an
 * OpenSearch node, an S3 store) do alike: show the end of its log when it fails, and stop
 * it.
 */
public final class ChildProcesses {

	private ChildProcesses() {
	}

	/** The last {@code count} lines of a process's log, for a failure message. */
	public static String logTail(Path log, int count) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + log + ")";
		}
	}

	/**
	 * Asks the process to stop (SIGTERM: graceful shutdown), and kills it if it has not
	 * within a minute.
	 */
	public static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

}
