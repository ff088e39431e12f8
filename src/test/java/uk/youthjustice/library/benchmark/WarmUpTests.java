package uk.youthjustice.library.benchmark;

import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTests {

	@Test
	void aRateStillRisingIsNotSettled() {
		assertThat(WarmUp.settled(List.of(60.0))).isFalse();
		assertThat(WarmUp.settled(List.of(60.0, 61.0))).isFalse();
		assertThat(WarmUp.settled(List.of(60.0, 120.0, 200.0))).isFalse();
		assertThat(WarmUp.settled(List.of(60.0, 120.0, 121.0, 200.0))).isFalse();
	}

	@Test
	void twoRoundsNoFasterThanTheFastestBeforeThemSettleIt() {
		assertThat(WarmUp.settled(List.of(60.0, 200.0, 205.0, 190.0))).isTrue();
		assertThat(WarmUp.settled(List.of(200.0, 150.0, 160.0))).isTrue();
		assertThat(WarmUp.settled(List.of(200.0, 150.0, 207.0))).isFalse();
	}

	@Test
	void roundsStopWhenSettledOrAtTheMost() throws Exception {
		Iterator<Double> rising = List.of(50.0, 100.0, 150.0, 200.0, 205.0, 198.0, 400.0).iterator();
		WarmUp.Outcome settled = WarmUp.untilSettled(rising::next, 3, 10);
		assertThat(settled.rates()).containsExactly(50.0, 100.0, 150.0, 200.0, 205.0, 198.0);
		assertThat(settled.settled()).isTrue();
		assertThat(settled.describe("req/s")).startsWith("6 rounds in 0 s, 50 → 198 req/s")
			.doesNotContain("not settled");

		Iterator<Double> climbing = List.of(10.0, 20.0, 40.0, 80.0).iterator();
		WarmUp.Outcome cut = WarmUp.untilSettled(climbing::next, 2, 3);
		assertThat(cut.rates()).containsExactly(10.0, 20.0, 40.0);
		assertThat(cut.settled()).isFalse();
		assertThat(cut.describe("req/s")).endsWith("(stopped at the most rounds allowed, not settled)");
	}

	@Test
	void theFewestRoundsAreRunEvenWhenTheRateLooksSettledSooner() throws Exception {
		Iterator<Double> noisy = List.of(100.0, 90.0, 95.0, 150.0, 200.0, 190.0, 195.0).iterator();
		WarmUp.Outcome outcome = WarmUp.untilSettled(noisy::next, 4, 10);
		assertThat(WarmUp.settled(List.of(100.0, 90.0, 95.0))).isTrue();
		assertThat(outcome.rates()).containsExactly(100.0, 90.0, 95.0, 150.0, 200.0, 190.0, 195.0);
	}

}
