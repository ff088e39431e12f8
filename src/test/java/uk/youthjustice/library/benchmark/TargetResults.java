package uk.youthjustice.library.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import uk.youthjustice.library.benchmark.LoadGenerator.RunResult;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;

/**
 * The timed runs of one target, one per repetition, with the server's memory after each.
 * Figures are medians over repetitions; ratios pair each run with the baseline run of the
 * same repetition and take the median of those ratios, so that drift in a shared
 * machine's speed during the benchmark cancels out.
 */
record TargetResults(PageTarget target, List<RunResult> runs, List<MemorySnapshot> memory) {

	TargetResults(PageTarget target) {
		this(target, new ArrayList<>(), new ArrayList<>());
	}

	double rate() {
		return median(this.runs, RunResult::requestsPerSecond);
	}

	double latency(double percentile) {
		return median(this.runs, (run) -> run.percentileMillis(percentile));
	}

	double rateRatio(TargetResults baseline) {
		return pairedRatio(baseline, RunResult::requestsPerSecond);
	}

	double latencyRatio(TargetResults baseline, double percentile) {
		return pairedRatio(baseline, (run) -> run.percentileMillis(percentile));
	}

	double heapUsedMib() {
		return median(this.memory, (snapshot) -> snapshot.heapUsedKib() / 1024.0);
	}

	double maxHeapUsedMib() {
		return this.memory.stream().mapToDouble((snapshot) -> snapshot.heapUsedKib() / 1024.0).max().orElse(0);
	}

	double rssMib() {
		return median(this.memory, (snapshot) -> snapshot.rssKib() / 1024.0);
	}

	long requests() {
		return this.runs.stream().mapToLong(RunResult::requests).sum();
	}

	long cookieResponses() {
		return this.runs.stream().mapToLong(RunResult::cookieResponses).sum();
	}

	double bytesPerResponse() {
		long bytes = this.runs.stream().mapToLong(RunResult::bodyBytes).sum();
		return (requests() == 0) ? 0 : (double) bytes / requests();
	}

	private double pairedRatio(TargetResults baseline, ToDoubleFunction<RunResult> figure) {
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < Math.min(this.runs.size(), baseline.runs.size()); i++) {
			ratios.add(figure.applyAsDouble(this.runs.get(i)) / figure.applyAsDouble(baseline.runs.get(i)));
		}
		return median(ratios, Double::doubleValue);
	}

	static <T> double median(List<T> items, ToDoubleFunction<T> figure) {
		double[] values = items.stream().mapToDouble(figure).sorted().toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
