package uk.youthjustice.library.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Instant NOW = Instant.parse("2026-03-14T15:00:00Z");

	@Test
	void fourFailuresAreAllowed() {
		assertThat(SignInThrottle.lockedUntil(minutesAgo(1, 2, 3, 4), 5, WINDOW, NOW)).isEmpty();
	}

	@Test
	void theFifthFailureWithinTheWindowLocksForTheWindowAfterIt() {
		assertThat(SignInThrottle.lockedUntil(minutesAgo(1, 2, 3, 4, 5), 5, WINDOW, NOW))
			.contains(NOW.minus(Duration.ofMinutes(1)).plus(WINDOW));
	}

	@Test
	void theLockEndsWhenTheWindowAfterTheLastFailureHasPassed() {
		// Five failures 15 to 20 minutes ago: the lock ended at the last one plus 15.
		assertThat(SignInThrottle.lockedUntil(minutesAgo(15, 16, 17, 18, 19), 5, WINDOW, NOW)).isEmpty();
		assertThat(SignInThrottle.lockedUntil(minutesAgo(14, 16, 17, 18, 19), 5, WINDOW, NOW))
			.contains(NOW.plus(Duration.ofMinutes(1)));
	}

	@Test
	void failuresSpreadWiderThanTheWindowDoNotLock() {
		assertThat(SignInThrottle.lockedUntil(minutesAgo(1, 5, 9, 13, 17), 5, WINDOW, NOW)).isEmpty();
	}

	@Test
	void theLatestQualifyingRunDecides() {
		// 2..6 minutes ago is a run; so is 20..24 minutes ago, which ended long since.
		assertThat(SignInThrottle.lockedUntil(minutesAgo(2, 3, 4, 5, 6, 20, 21, 22, 23, 24), 5, WINDOW, NOW))
			.contains(NOW.minus(Duration.ofMinutes(2)).plus(WINDOW));
	}

	@Test
	void anOlderRunStillLocksWhenTheNewestFailuresAreTooFewOnTheirOwn() {
		// The newest failure starts no run of five within 15 minutes of itself...
		List<Instant> failures = minutesAgo(1, 14, 15, 16, 17, 18);
		// ...but 14..18 minutes ago is one, which locks until 1 minute from now.
		assertThat(SignInThrottle.lockedUntil(failures, 5, WINDOW, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
	}

	@Test
	void theAddressLimitWorksTheSameWayWithItsOwnNumbers() {
		List<Instant> nineteen = new ArrayList<>();
		for (int i = 1; i <= 19; i++) {
			nineteen.add(NOW.minusSeconds(i * 10L));
		}
		assertThat(SignInThrottle.lockedUntil(nineteen, SignInThrottle.ADDRESS_LIMIT, WINDOW, NOW)).isEmpty();
		nineteen.add(NOW.minusSeconds(200));
		assertThat(SignInThrottle.lockedUntil(nineteen, SignInThrottle.ADDRESS_LIMIT, WINDOW, NOW))
			.contains(NOW.minusSeconds(10).plus(WINDOW));
	}

	private static List<Instant> minutesAgo(int... minutes) {
		List<Instant> times = new ArrayList<>();
		for (int minute : minutes) {
			times.add(NOW.minus(Duration.ofMinutes(minute)));
		}
		times.sort(Comparator.reverseOrder());
		return times;
	}

}
