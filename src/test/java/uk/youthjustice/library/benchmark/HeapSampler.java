package uk.youthjustice.library.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Samples another JVM's heap with one long-running {@code jstat -gc} (it reads the
 * target's performance counters, so sampling costs the server nothing and the client one
 * small process rather than a {@code jcmd} a sample). Keeps the peaks and the last
 * sample, in KiB.
 */
final class HeapSampler implements AutoCloseable {

	private final Process jstat;

	private final Thread reader;

	private volatile long peakUsedKib;

	private volatile long peakOldKib;

	private volatile long lastUsedKib;

	private volatile long fullCollections = -1;

	private volatile long firstFullCollections = -1;

	private volatile long samples;

	private HeapSampler(Process jstat) {
		this.jstat = jstat;
		this.reader = new Thread(this::read, "heap-sampler");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Starts sampling a process every {@code intervalMillis}. */
	static HeapSampler start(long pid, int intervalMillis) {
		try {
			return new HeapSampler(
					new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
							Long.toString(pid), Integer.toString(intervalMillis))
						.redirectErrorStream(true)
						.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.jstat.getInputStream(), StandardCharsets.US_ASCII))) {
			List<String> columns = null;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] fields = line.trim().split("\\s+");
				if (fields[0].equals("S0C")) {
					columns = Arrays.asList(fields);
					continue;
				}
				if (columns == null || fields.length != columns.size()) {
					continue;
				}
				long old = kib(fields, columns, "OU");
				long used = kib(fields, columns, "S0U") + kib(fields, columns, "S1U") + kib(fields, columns, "EU")
						+ old;
				long full = Long.parseLong(fields[columns.indexOf("FGC")]);
				this.peakUsedKib = Math.max(this.peakUsedKib, used);
				this.peakOldKib = Math.max(this.peakOldKib, old);
				this.lastUsedKib = used;
				if (this.firstFullCollections < 0) {
					this.firstFullCollections = full;
				}
				this.fullCollections = full;
				this.samples++;
			}
		}
		catch (IOException ex) {
			// jstat ended with the process it watched
		}
	}

	private static long kib(String[] fields, List<String> columns, String name) {
		return (long) Double.parseDouble(fields[columns.indexOf(name)]);
	}

	/** Forgets the peaks so far, to measure from now. */
	void resetPeaks() {
		this.peakUsedKib = this.lastUsedKib;
		this.peakOldKib = 0;
		this.firstFullCollections = this.fullCollections;
	}

	long peakUsedKib() {
		return this.peakUsedKib;
	}

	long peakOldKib() {
		return this.peakOldKib;
	}

	long samples() {
		return this.samples;
	}

	/** Full collections since the last {@link #resetPeaks()}. */
	long fullCollections() {
		return this.fullCollections - this.firstFullCollections;
	}

	@Override
	public void close() throws InterruptedException {
		this.jstat.destroy();
		this.reader.join(5_000);
	}

}
