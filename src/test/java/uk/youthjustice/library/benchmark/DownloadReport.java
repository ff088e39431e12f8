package uk.youthjustice.library.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

import uk.youthjustice.library.benchmark.DownloadBenchmark.Settings;
import uk.youthjustice.library.benchmark.DownloadBenchmark.StoredBigFile;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;

/** The downloads section of docs/benchmarks.md. */
record DownloadReport(Settings settings, StoredBigFile file, List<Pair> pairs, MemorySnapshot before,
		MemorySnapshot after, long peakHeapKib, long peakOldKib, long fullCollections, RangeTimes ranges,
		Machine machine) {

	static final String SECTION = "downloads";

	String markdown() {
		double app = median(this.pairs.stream().mapToDouble(Pair::app).toArray());
		double disk = median(this.pairs.stream().mapToDouble(Pair::disk).toArray());
		double ratio = median(this.pairs.stream().mapToDouble((pair) -> pair.app() / pair.disk()).toArray());
		StringBuilder md = new StringBuilder();
		md.append("## Downloads (issue 04)\n\n");
		md.append(format(
				"%d `curl` processes at once on loopback, each downloading the same %,d MiB attachment %d times in a row "
						+ "from the packaged app at `%s`, interleaved with %d `curl` processes reading the stored file from "
						+ "disk (`curl -s -o /dev/null file:///…`, the ceiling), the same number of times. One warm-up "
						+ "pair, then %d timed pairs; figures are medians, throughput is all bytes over the time from the "
						+ "first start to the last finish. Heap sampled every 250 ms with `jstat -gc` throughout the "
						+ "timed runs.\n\n",
				this.settings.clients(), this.settings.sizeMib(), this.settings.perClient(), DownloadBenchmark.HEAP,
				this.settings.clients(), this.pairs.size()));
		md.append("| Figure | Value | Baseline | Ratio | Target |\n|---|---|---|---|---|\n");
		md.append(format(
				"| Aggregate throughput, %d concurrent downloads | %,.0f MiB/s | %,.0f MiB/s (disk via curl) "
						+ "| %.0f%% | reported next to the ceiling |\n",
				this.settings.clients(), app, disk, 100 * ratio));
		md.append(format(
				"| Heap used: before / peak during / after | %s / %s / %s | %s limit | — | flat, "
						+ "well under the limit: %s |\n",
				mib(this.before.heapUsedKib()), mib(this.peakHeapKib), mib(this.after.heapUsedKib()),
				DownloadBenchmark.HEAP.substring(4),
				verdict(this.peakHeapKib < 256 * 1024 && this.fullCollections == 0)));
		md.append(format("| Old generation, peak during the runs; full collections | %s; %d | — | — | — |\n",
				mib(this.peakOldKib), this.fullCollections));
		md.append(format("| Resident set of the app, peak | %s | — | — | — |\n", mib(this.after.peakRssKib())));
		md.append(format(
				"| %d KiB range at the end of the file, p50 / p95 (one client) | %s / %s | %s / %s (range at the start) "
						+ "| %.2f× | about 1× (skipped bytes not read): %s |\n",
				this.ranges.rangeBytes() / 1024, millis(this.ranges.atEnd(), 50), millis(this.ranges.atEnd(), 95),
				millis(this.ranges.atStart(), 50), millis(this.ranges.atStart(), 95), this.ranges.endOverStart(),
				verdict(this.ranges.endOverStart() < 1.5)));
		md.append(format("| Whole file, one client, p50 | %s | — | — | — |\n\n", millis(this.ranges.whole(), 50)));
		md.append("| Pair | App MiB/s | Disk MiB/s | Ratio |\n|---|---|---|---|\n");
		for (int i = 0; i < this.pairs.size(); i++) {
			Pair pair = this.pairs.get(i);
			md.append(format("| %d | %,.0f | %,.0f | %.0f%% |\n", i + 1, pair.app(), pair.disk(),
					100 * pair.app() / pair.disk()));
		}
		md.append(format("\nFile: %,d bytes from `java.util.Random(%d)`, SHA-256 `%s…`, served as "
				+ "`application/octet-stream`. Client: %s. Server: `%s` (%s). Machine: `nproc` %s; `free -g`:\n\n",
				this.file.size(), DownloadBenchmark.SEED, this.file.sha256().substring(0, 12),
				this.machine.curlVersion(), this.machine.serverCommand(), this.after.collector(),
				this.machine.nproc()));
		md.append("```\n").append(this.machine.freeG().strip()).append("\n```\n\n");
		md.append(format("Measured %s with `./mvnw -B -Pbenchmark verify -Dit.test=DownloadBenchmark`.\n",
				this.machine.date()));
		return md.toString();
	}

	/**
	 * The headline rows for the summary table: throughput against the disk, memory under
	 * load, ranges at the end of the file against ranges at the start.
	 */
	List<Figure> figures() {
		double app = median(this.pairs.stream().mapToDouble(Pair::app).toArray());
		double disk = median(this.pairs.stream().mapToDouble(Pair::disk).toArray());
		double ratio = median(this.pairs.stream().mapToDouble((pair) -> pair.app() / pair.disk()).toArray());
		boolean heapMet = this.peakHeapKib < 256 * 1024 && this.fullCollections == 0;
		return List.of(
				new Figure(
						format("Aggregate throughput, %d concurrent downloads of %d MiB", this.settings.clients(),
								this.settings.sizeMib()),
						format("%,.0f MiB/s", app), format("%,.0f MiB/s (disk via curl)", disk),
						format("%.0f%%", 100 * ratio), Figure.NONE, Figure.Met.NOT_APPLICABLE),
				Figure.targeted(
						format("Server memory under download load (%s): heap used, peak; full collections; RSS, peak",
								DownloadBenchmark.HEAP),
						format("%s; %d; %s", mib(this.peakHeapKib), this.fullCollections, mib(this.after.peakRssKib())),
						"flat, under the limit", heapMet),
				new Figure(format("%d KiB range at the end of the file, p50", this.ranges.rangeBytes() / 1024),
						millis(this.ranges.atEnd(), 50), millis(this.ranges.atStart(), 50) + " (range at the start)",
						format("%.2f×", this.ranges.endOverStart()), "about 1×",
						Figure.Met.of(this.ranges.endOverStart() < 1.5)));
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.UK, format, args);
	}

	private static String mib(long kib) {
		return format("%,.0f MiB", kib / 1024.0);
	}

	private static String millis(Histogram histogram, double percentile) {
		return format("%.2f ms", histogram.getValueAtPercentile(percentile) / 1000.0);
	}

	private static String verdict(boolean met) {
		return met ? "met" : "**missed**";
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** One repetition: the app's throughput and the disk's, MiB/s. */
	record Pair(double app, double disk) {
	}

	/**
	 * Latencies of ranges at the start and end of the file and of whole downloads, µs.
	 */
	record RangeTimes(int rangeBytes, Histogram atStart, Histogram atEnd, Histogram whole) {

		double endOverStart() {
			return (double) this.atEnd.getValueAtPercentile(50) / this.atStart.getValueAtPercentile(50);
		}

		@Override
		public String toString() {
			return format("start p50 %.2f ms, end p50 %.2f ms, whole p50 %.1f ms",
					this.atStart.getValueAtPercentile(50) / 1000.0, this.atEnd.getValueAtPercentile(50) / 1000.0,
					this.whole.getValueAtPercentile(50) / 1000.0);
		}

	}

	/** Where and how it ran. */
	record Machine(String nproc, String freeG, String curlVersion, String serverCommand, LocalDate date) {
	}

}
