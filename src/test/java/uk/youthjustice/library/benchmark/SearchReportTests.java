package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;
import uk.youthjustice.library.benchmark.RelevanceScores.Scored;
import uk.youthjustice.library.benchmark.RelevanceSet.Query;
import uk.youthjustice.library.benchmark.SearchReport.Latencies;
import uk.youthjustice.library.benchmark.SearchReport.Reindex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search section is written once, at the end of a run of a quarter of an hour: these
 * render it from made-up figures, so that a fault in the writing shows here first.
 */
class SearchReportTests {

	private static final CorpusFacts CORPUS = new CorpusFacts(100_000, 100_030, 91_932, "practice-examples",
			"Practice examples", 36_797, 15_536, "a-s00000", "A", 928_183, Duration.ofSeconds(40), 9_873, 197_408,
			228_539_979, 477_825_500);

	private static final SearchBenchmark.Settings SETTINGS = new SearchBenchmark.Settings(100_000, 2, 50, 3, 5, 3,
			Duration.ofSeconds(30), Duration.ofSeconds(10), false);

	@Test
	void theSectionSaysHowEachSideWasWarmedUpAndGivesTheTargets() {
		List<Query> queries = RelevanceSet.load();
		SearchReport report = report(queries, 15, 60);

		assertThat(report.markdown()).contains("in-process, rounds of 3 passes: 7 rounds in 40 s, 86 → 149 searches/s")
			.contains("over HTTP, rounds of 30 s: 12 rounds in 360 s, 64 → 156 req/s")
			.contains("without Java assertions")
			// HdrHistogram gives the highest value of a percentile's bucket: 15.01 ms for
			// 15.
			.containsPattern("\\| Search in-process, p95 \\| 15\\.0\\d ms \\| 75\\.0\\d ms \\| 5\\.0× faster \\|")
			.containsPattern(
					"\\| Search over HTTP, 8 clients, p95 \\| 60\\.0\\d ms \\| — \\| — \\| < 50 ms: \\*\\*missed\\*\\* \\|");
		assertThat(report.figures()).extracting(Figure::name)
			.contains("Search in-process, p95", "Search over HTTP, 8 clients, p95");
	}

	private static SearchReport report(List<Query> queries, long libraryMillis, long httpMillis) {
		List<Scored> scores = queries.stream().map((query) -> new Scored(query, List.of(), 1.0, 1.0)).toList();
		Latencies library = latencies(queries, libraryMillis);
		Latencies baseline = latencies(queries, libraryMillis * 5);
		WarmUp.Outcome inProcess = new WarmUp.Outcome(List.of(86.0, 120.0, 140.0, 149.0, 150.0, 146.0, 149.0),
				Duration.ofSeconds(40), true);
		WarmUp.Outcome http = new WarmUp.Outcome(
				List.of(64.0, 90.0, 110.0, 120.0, 130.0, 140.0, 145.0, 150.0, 155.0, 160.0, 158.0, 156.0),
				Duration.ofSeconds(360), true);
		MemorySnapshot memory = new MemorySnapshot(200 * 1024, 300 * 1024, 700 * 1024, 720 * 1024, "G1");
		return new SearchReport(CORPUS, 17, queries.size(),
				new Reindex(2, 50, List.of(Duration.ofSeconds(120), Duration.ofSeconds(110), Duration.ofSeconds(130))),
				Duration.ofSeconds(70), scores, scores, List.of(library), List.of(baseline), inProcess, 90 * 1024, http,
				List.of(run(httpMillis)), memory, memory, 250 * 1024, "java -jar target/practice-library.jar", SETTINGS,
				new PageServingReport.Machine("2", "Mem: 23", "0.5", "1.0", LocalDate.of(2026, 12, 6)));
	}

	/** Every query taking the same time, so that every percentile is that time. */
	private static Latencies latencies(List<Query> queries, long millis) {
		Latencies latencies = new Latencies();
		for (Query query : queries) {
			latencies.histogram().recordValue(millis * 1_000);
			latencies.byQuery().put(query.text(), List.of(millis * 1_000));
		}
		return latencies;
	}

	private static RunResult run(long millis) {
		Histogram latency = new Histogram(60_000_000L, 3);
		latency.recordValueWithCount(millis * 1_000, 1_000);
		return new RunResult("/search", 1_000, Map.of(), 0, 0, Duration.ofSeconds(10), latency);
	}

}
