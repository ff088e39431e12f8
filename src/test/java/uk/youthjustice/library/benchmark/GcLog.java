package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heap after each collection from the server's unified GC log
 * ({@code -Xlog:gc:file=...}), as it grows: the log costs the server next to nothing and
 * sees every collection, where a sampler polling the heap sees a point on the sawtooth.
 */
final class GcLog {

	/**
	 * {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(512M) 3.2ms}.
	 */
	private static final Pattern PAUSE = Pattern.compile("GC\\(\\d+\\) Pause .*?(\\d+)([KMG])->(\\d+)([KMG])\\(");

	private final Path file;

	private long offset;

	GcLog(Path file) {
		this.file = file;
	}

	/** The JVM option that writes the log this reads. */
	String jvmOption() {
		return "-Xlog:gc:file=" + this.file;
	}

	/**
	 * The smallest heap after a collection among the collections logged since the last
	 * call: the floor of the sawtooth in that stretch.
	 * @return KiB, or empty if nothing was collected in the stretch
	 * @throws IOException if the log cannot be read
	 */
	OptionalLong lowestAfterCollectionKibSinceLastRead() throws IOException {
		if (!Files.exists(this.file)) {
			return OptionalLong.empty();
		}
		try (RandomAccessFile log = new RandomAccessFile(this.file.toFile(), "r")) {
			if (log.length() <= this.offset) {
				return OptionalLong.empty();
			}
			log.seek(this.offset);
			byte[] bytes = new byte[(int) (log.length() - this.offset)];
			log.readFully(bytes);
			String text = new String(bytes, StandardCharsets.UTF_8);
			int complete = text.lastIndexOf('\n') + 1;
			this.offset += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
			return lowest(text.substring(0, complete));
		}
	}

	static OptionalLong lowest(String lines) {
		Matcher pause = PAUSE.matcher(lines);
		long lowest = Long.MAX_VALUE;
		while (pause.find()) {
			lowest = Math.min(lowest, kib(Long.parseLong(pause.group(3)), pause.group(4)));
		}
		return (lowest == Long.MAX_VALUE) ? OptionalLong.empty() : OptionalLong.of(lowest);
	}

	private static long kib(long value, String unit) {
		return switch (unit) {
			case "K" -> value;
			case "M" -> value * 1024;
			default -> value * 1024 * 1024;
		};
	}

}
