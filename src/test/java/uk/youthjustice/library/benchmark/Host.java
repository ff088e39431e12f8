package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a benchmark ran on, in one line for the summary table: cores, memory, CPU
 * model and the Java that ran both the benchmark and the packaged app.
 */
final class Host {

	private Host() {
	}

	/** For example {@code 2 cores, 23 GiB, Intel(R) Xeon(R) ..., Java 17.0.12+7}. */
	static String describe() {
		return String.format(Locale.UK, "%d cores, %s, %s, Java %s", Runtime.getRuntime().availableProcessors(),
				memory(), cpuModel(), System.getProperty("java.runtime.version"));
	}

	private static String memory() {
		return field(Path.of("/proc/meminfo"), "MemTotal")
			.map((kib) -> String.format(Locale.UK, "%.0f GiB",
					Long.parseLong(kib.replace("kB", "").trim()) / 1024.0 / 1024.0))
			.orElse("memory unknown");
	}

	private static String cpuModel() {
		return field(Path.of("/proc/cpuinfo"), "model name").map((model) -> model.replaceAll("\\s+", " "))
			.orElse(System.getProperty("os.arch"));
	}

	private static java.util.Optional<String> field(Path file, String name) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream()
				.filter((line) -> line.startsWith(name) && line.indexOf(':') > 0)
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst();
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

}
