package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;
import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.SoakMix.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class SoakReportTests {

	private static final SoakBenchmark.Settings SETTINGS = new SoakBenchmark.Settings(Duration.ofMinutes(10),
			Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(15), 16, Duration.ofSeconds(2),
			Duration.ofSeconds(10));

	private static final CorpusFacts CORPUS = new CorpusFacts(10_000, 10_030, 9_247, "practice-examples",
			"Practice examples", 3_639, 1_560, "a-s00000", "A", 90_000, Duration.ofSeconds(7), 5, 48, 1, 1);

	@Test
	void aSteadySoakMeetsEveryTarget() {
		SoakReport report = report(run(Map.of(), 40), samples(42, 0), 100, 110);

		assertThat(report.figures()).filteredOn((figure) -> !figure.target().equals(Figure.NONE))
			.hasSize(4)
			.allSatisfy((figure) -> assertThat(figure.met()).as(figure.name()).isEqualTo(Figure.Met.YES));
		assertThat(report.markdown()).contains("| 5xx responses; other failures | 0; 0 |")
			.contains("| Latency, p99 | 40.0 ms | 40.0 ms (60 s at the same rate) | 1.00× | ≤ 2×: met |")
			.contains("for the record) | 80 → 80 MiB |")
			.contains("at most the larger of 20% and 32 MiB")
			.contains("at most the larger of 10% and 10.");
	}

	@Test
	void errorsASlowEndAndLeaksAreMissed() {
		SoakReport report = report(run(Map.of("HTTP 500", 3L), 90), samples(42, 1), 100, 140);

		assertThat(report.serverErrors()).isEqualTo(3);
		assertThat(report.p99Ratio()).isGreaterThan(SoakBenchmark.P99_LIMIT);
		assertThat(report.liveHeap().flat()).isFalse();
		assertThat(report.fileDescriptors().flat()).as("a descriptor a sample").isFalse();
		assertThat(report.figures()).filteredOn((figure) -> !figure.target().equals(Figure.NONE))
			.allSatisfy((figure) -> assertThat(figure.met()).as(figure.name()).isEqualTo(Figure.Met.NO));
		assertThat(report.markdown()).contains("**Failures.** {HTTP 500=3}");
	}

	private static SoakReport report(RunResult soak, List<SoakReport.Sample> samples, long liveBeforeMib,
			long liveAfterMib) {
		EditorSaves.Result saves = new EditorSaves.Result(30, Map.of(), histogram(300));
		return new SoakReport(SETTINGS, CORPUS,
				Map.of(Kind.BROWSE, List.of("/"), Kind.RESOURCE, List.of("/resources/a"), Kind.SEARCH,
						List.of("/search?q=a"), Kind.DOWNLOAD, List.of("/files/1/a.pdf")),
				run(Map.of(), 100), 20, run(Map.of(), 40), saves, soak, saves, samples, liveBeforeMib * 1024,
				liveAfterMib * 1024, "java -jar target/practice-library.jar");
	}

	/** A run of 6,000 requests whose p99 is about {@code p99Millis}. */
	private static RunResult run(Map<String, Long> failures, long p99Millis) {
		Histogram latency = histogram(10);
		latency.recordValueWithCount(p99Millis * 1_000, 100);
		return new RunResult("mix", 6_000, failures, 0, 0, Duration.ofMinutes(10), latency);
	}

	private static Histogram histogram(long millis) {
		Histogram histogram = new Histogram(60_000_000L, 3);
		histogram.recordValueWithCount(millis * 1_000, 5_900);
		return histogram;
	}

	private static List<SoakReport.Sample> samples(long fileDescriptors, long leakPerSample) {
		List<SoakReport.Sample> samples = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			samples.add(new SoakReport.Sample(Duration.ofSeconds(10L * i), 80 * 1024,
					fileDescriptors + leakPerSample * i, 600 * 1024));
		}
		return samples;
	}

}
