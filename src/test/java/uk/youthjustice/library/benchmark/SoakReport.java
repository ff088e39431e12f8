package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.SoakMix.Kind;

/** The soak's section of docs/benchmarks.md, its summary rows and its verdicts. */
record SoakReport(SoakBenchmark.Settings settings, CorpusFacts corpus, Map<Kind, List<String>> choices, RunResult probe,
		double rate, RunResult shortRun, EditorSaves.Result shortSaves, RunResult soak, EditorSaves.Result soakSaves,
		List<Sample> samples, long liveBeforeKib, long liveAfterKib, String serverCommand) {

	/** The soak's p99 over the short run's, both at the same rate. */
	double p99Ratio() {
		return this.soak.percentileMillis(99) / this.shortRun.percentileMillis(99);
	}

	/** Heap the app holds on to, after a full collection before and after the soak. */
	Flatness liveHeap() {
		return Flatness.compare(this.liveBeforeKib / 1024.0, this.liveAfterKib / 1024.0, SoakBenchmark.HEAP_SHARE,
				SoakBenchmark.HEAP_FLOOR_MIB);
	}

	Flatness fileDescriptors() {
		return series(this.samples.stream().map((sample) -> (double) sample.fileDescriptors()).toList(),
				SoakBenchmark.FD_SHARE, SoakBenchmark.FD_FLOOR);
	}

	/** The floor of the heap's sawtooth in each sample, for the record. */
	Flatness heapAfterCollections() {
		return series(this.samples.stream()
			.filter((sample) -> sample.heapAfterCollectionKib() > 0)
			.map((sample) -> sample.heapAfterCollectionKib() / 1024.0)
			.toList(), SoakBenchmark.HEAP_SHARE, SoakBenchmark.HEAP_FLOOR_MIB);
	}

	Flatness rss() {
		return series(this.samples.stream().map((sample) -> sample.rssKib() / 1024.0).toList(),
				SoakBenchmark.HEAP_SHARE, SoakBenchmark.HEAP_FLOOR_MIB);
	}

	/** Responses with a 5xx status in the soak. */
	long serverErrors() {
		return this.soak.failures()
			.entrySet()
			.stream()
			.filter((failure) -> failure.getKey().startsWith("HTTP 5"))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.reported(format("Soak: mixed workload held for %d min at half capacity", minutes()),
				format("%,.0f req/s, %,d requests, %,d editor saves", this.soak.requestsPerSecond(),
						this.soak.requests(), this.soakSaves.saves())));
		figures
			.add(Figure.targeted("Soak: 5xx responses; other failures",
					format("%,d; %,d", serverErrors(),
							this.soak.failureCount() - serverErrors() + failures(this.soakSaves)),
					"0", allSucceeded()));
		figures.add(new Figure("Soak: latency, p99", millis(this.soak.percentileMillis(99)),
				millis(this.shortRun.percentileMillis(99))
						+ format(" (%d s at the same rate)", this.settings.shortRun().toSeconds()),
				format("%.2f×", p99Ratio()), "≤ 2×", Figure.Met.of(p99Ratio() <= SoakBenchmark.P99_LIMIT)));
		figures.add(Figure.targeted("Soak: live heap after a full collection, before → after",
				liveHeap().describe("MiB"), "flat", liveHeap().flat()));
		figures.add(Figure.targeted("Soak: open file descriptors, first → last quarter (medians)",
				fileDescriptors().describe(""), "flat", fileDescriptors().flat()));
		figures.add(Figure.reported("Soak: RSS, first → last quarter (medians)",
				format("%,.0f → %,.0f MiB", rss().before(), rss().after())));
		return figures;
	}

	String markdown() {
		StringBuilder md = new StringBuilder("## Load held: soak (issue 08)\n\n");
		md.append(format("The packaged app on PostgreSQL with the page benchmark's corpus (%,d resources), driven "
				+ "over loopback by %d connections going round %d requests drawn (seed %d) %d%% browsing (home, %d "
				+ "category listings with and without filters), %d%% resource pages (%d of them), %d%% searches (the "
				+ "%d relevance queries) and %d%% downloads (the %d demo files), while a signed-in editor opens and "
				+ "saves a resource's edit form (CSRF token from the form) every %d s. After a %d s warm-up, a %d s "
				+ "capacity probe sends as fast as answers come; then the short run (%d s) and the soak (%d min) "
				+ "send at half the probe's rate, each connection on a fixed schedule, latency counted from when "
				+ "a request was due. Every %d s: the lowest heap after a collection in the GC log (`-Xlog:gc`), "
				+ "open file descriptors (`/proc/<pid>/fd`) and RSS. Live heap: heap used after `jcmd <pid> GC.run`, "
				+ "before the short run and after the soak. Flat (docs/decisions/0026): the live heap grows by at "
				+ "most the larger of %.0f%% and %.0f MiB; the file descriptors' last-quarter median exceeds the "
				+ "first quarter's by at most the larger of %.0f%% and %.0f.\n\n", this.corpus.resources(),
				this.settings.connections(), SoakMix.LENGTH, SoakMix.SEED, Kind.BROWSE.percent,
				this.choices.get(Kind.BROWSE).size(), Kind.RESOURCE.percent, this.choices.get(Kind.RESOURCE).size(),
				Kind.SEARCH.percent, this.choices.get(Kind.SEARCH).size(), Kind.DOWNLOAD.percent,
				this.choices.get(Kind.DOWNLOAD).size(), this.settings.saveEvery().toSeconds(),
				this.settings.warmup().toSeconds(), this.settings.probe().toSeconds(),
				this.settings.shortRun().toSeconds(), minutes(), this.settings.sampleEvery().toSeconds(),
				100 * SoakBenchmark.HEAP_SHARE, SoakBenchmark.HEAP_FLOOR_MIB, 100 * SoakBenchmark.FD_SHARE,
				SoakBenchmark.FD_FLOOR));
		md.append("| Figure | Value | Baseline | Ratio | Target |\n|---|---|---|---|---|\n");
		md.append(format("| Capacity probe (as fast as answered) | %,.0f req/s, p99 %s | — | — | — |\n",
				this.probe.requestsPerSecond(), millis(this.probe.percentileMillis(99))));
		for (Figure figure : figures()) {
			String name = figure.name().replace("Soak: ", "");
			md.append(format("| %s | %s | %s | %s | %s |\n", Character.toUpperCase(name.charAt(0)) + name.substring(1),
					figure.value(), figure.baseline(), figure.ratio(),
					figure.target().equals(Figure.NONE) ? Figure.NONE : figure.target() + ": " + figure.met().text()));
		}
		md.append(format("| Heap after collections, floor, first → last quarter (medians; G1 lets the old "
				+ "generation grow between cycles, so this is for the record) | %,.0f → %,.0f MiB | — | — | — |\n",
				heapAfterCollections().before(), heapAfterCollections().after()));
		md.append(format("| p50 / p95 latency, soak (short run) | %s / %s (%s / %s) | — | — | — |\n",
				millis(this.soak.percentileMillis(50)), millis(this.soak.percentileMillis(95)),
				millis(this.shortRun.percentileMillis(50)), millis(this.shortRun.percentileMillis(95))));
		md.append(format("| Editor save (form and save), p50 / p99, soak | %s / %s | — | — | — |\n\n",
				millis(this.soakSaves.percentileMillis(50)), millis(this.soakSaves.percentileMillis(99))));
		if (!this.soak.failures().isEmpty() || !this.soakSaves.failures().isEmpty()) {
			md.append("**Failures.** ").append(this.soak.failures()).append(' ').append(this.soakSaves.failures());
			md.append("\n\n");
		}
		md.append("**Samples** (time into the soak: heap after collections MiB, file descriptors, RSS MiB), one a "
				+ "minute: ");
		md.append(this.samples.stream()
			.filter((sample) -> sample == this.samples.get(this.samples.size() - 1)
					|| this.samples.indexOf(sample) % Math.max(1, 60 / this.settings.sampleEvery().toSeconds()) == 0)
			.map(Sample::brief)
			.collect(Collectors.joining("; ")));
		md.append(".\n\n");
		md.append(format("**Server.** `%s`. **Machine.** %s. **Date.** %s.\n\n", this.serverCommand, Host.describe(),
				LocalDate.now(ZoneId.of("Europe/London"))));
		md.append("**Command.** `").append(BenchmarkSummary.command()).append("`.\n");
		return md.toString();
	}

	private boolean allSucceeded() {
		return this.soak.failures().isEmpty() && this.soakSaves.failures().isEmpty();
	}

	private long minutes() {
		return this.settings.soak().toMinutes();
	}

	private static long failures(EditorSaves.Result saves) {
		return saves.failures().values().stream().mapToLong(Long::longValue).sum();
	}

	private static Flatness series(List<Double> values, double share, double floor) {
		if (values.isEmpty()) {
			return Flatness.compare(0, 0, share, floor);
		}
		return (values.size() >= 4) ? Flatness.ofSeries(values, share, floor)
				: Flatness.compare(values.get(0), values.get(values.size() - 1), share, floor);
	}

	private static String millis(double value) {
		return format((value < 10) ? "%.2f ms" : (value < 100) ? "%.1f ms" : "%,.0f ms", value);
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.UK, format, args);
	}

	/**
	 * One sample of the server during the soak.
	 *
	 * @param at time into the soak
	 * @param heapAfterCollectionKib the lowest heap after a collection since the last
	 * sample (the previous sample's when nothing was collected)
	 * @param fileDescriptors open file descriptors
	 * @param rssKib resident set
	 */
	record Sample(Duration at, long heapAfterCollectionKib, long fileDescriptors, long rssKib) {

		String brief() {
			return format("%d s: %,d, %,d, %,d", this.at.toSeconds(), this.heapAfterCollectionKib / 1024,
					this.fileDescriptors, this.rssKib / 1024);
		}

		@Override
		public String toString() {
			return format("at %d s: heap after collections %,d MiB, %,d file descriptors, RSS %,d MiB",
					this.at.toSeconds(), this.heapAfterCollectionKib / 1024, this.fileDescriptors, this.rssKib / 1024);
		}

	}

}
