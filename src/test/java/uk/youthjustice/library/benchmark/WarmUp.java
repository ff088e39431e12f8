package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warms a library up until it is as fast as it is going to get: rounds of the measured
 * work until {@link #FLAT_ROUNDS} rounds in a row are no faster than the fastest before
 * them by more than {@link #GAIN}. On two cores the JIT compiles the search's paths over
 * minutes of load, not seconds: after a fixed 15-second warm-up the packaged app answered
 * 60 to 80 searches a second, five minutes later over 200, so a fixed warm-up measured
 * the compiler as much as the library. The rounds taken are reported beside the figures.
 */
final class WarmUp {

	/**
	 * A round faster than the fastest before it by more than this still counts as a gain.
	 */
	static final double GAIN = 0.03;

	static final int FLAT_ROUNDS = 2;

	private WarmUp() {
	}

	/** One round of work, giving its rate (requests or searches a second). */
	interface Round {

		double run() throws Exception;

	}

	/**
	 * @param rates each round's rate, in order
	 * @param took how long the warm-up took
	 * @param settled whether it stopped because the rate settled, not at the most rounds
	 */
	record Outcome(List<Double> rates, Duration took, boolean settled) {

		String describe(String unit) {
			return String.format(Locale.UK, "%d rounds in %d s, %,.0f → %,.0f %s%s", this.rates.size(),
					this.took.toSeconds(), this.rates.get(0), this.rates.get(this.rates.size() - 1), unit,
					this.settled ? "" : " (stopped at the most rounds allowed, not settled)");
		}

	}

	/**
	 * @param fewestRounds rounds run whatever their rates: on a shared machine two slow
	 * rounds early on can look settled
	 * @param mostRounds rounds after which the warm-up stops, settled or not
	 */
	static Outcome untilSettled(Round round, int fewestRounds, int mostRounds) throws Exception {
		long started = System.nanoTime();
		List<Double> rates = new ArrayList<>();
		while (rates.size() < mostRounds) {
			rates.add(round.run());
			if (rates.size() >= fewestRounds && settled(rates)) {
				return new Outcome(rates, Duration.ofNanos(System.nanoTime() - started), true);
			}
		}
		return new Outcome(rates, Duration.ofNanos(System.nanoTime() - started), false);
	}

	/**
	 * Whether each of the last {@link #FLAT_ROUNDS} rounds was no faster than the fastest
	 * round before the two by more than {@link #GAIN}.
	 */
	static boolean settled(List<Double> rates) {
		int before = rates.size() - FLAT_ROUNDS;
		if (before < 1) {
			return false;
		}
		double fastest = rates.subList(0, before).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		return rates.subList(before, rates.size()).stream().allMatch((rate) -> rate <= fastest * (1 + GAIN));
	}

}
