package uk.youthjustice.library.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. After {@value #ACCOUNT_LIMIT} failed sign-ins for one
 * email address within {@link #WINDOW}, that address is refused for {@link #WINDOW} after
 * the last of them; likewise after {@value #ADDRESS_LIMIT} failures from one client
 * address, whatever email addresses were tried. A successful sign-in clears the count for
 * its email address, not for the client address (one guessed account must not reset the
 * count for all the others). Unknown email addresses are counted like real ones, so the
 * throttle does not reveal which accounts exist.
 * <p>
 * The counts come from the sign-in audit table rather than memory, so they survive a
 * restart and hold across nodes. Two attempts arriving at the same moment may both be let
 * through at the limit; the limit is a brake, not an exact quota.
 */
@Component
@Transactional(readOnly = true)
class SignInThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final SignInAttemptRepository attempts;

	private final Clock clock;

	SignInThrottle(SignInAttemptRepository attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	/**
	 * When sign-in may be tried again for this email address from this client address, if
	 * it is refused now.
	 * @param username the email address typed, normalised
	 * @param clientAddress the client's IP address
	 */
	Optional<Instant> refusedUntil(String username, String clientAddress) {
		Instant now = this.clock.instant();
		// A failure older than two windows cannot belong to a lock that is still on.
		Instant horizon = now.minus(WINDOW.multipliedBy(2));
		Instant lastSuccess = this.attempts.lastSuccess(username);
		Instant accountSince = (lastSuccess != null && lastSuccess.isAfter(horizon)) ? lastSuccess : horizon;
		List<Instant> accountFailures = this.attempts.timesForUsername(username, SignInOutcome.FAILURES, accountSince,
				Limit.of(ACCOUNT_LIMIT * 4));
		List<Instant> addressFailures = this.attempts.timesForAddress(clientAddress, SignInOutcome.FAILURES, horizon,
				Limit.of(ADDRESS_LIMIT * 4));
		Optional<Instant> account = lockedUntil(accountFailures, ACCOUNT_LIMIT, WINDOW, now);
		Optional<Instant> address = lockedUntil(addressFailures, ADDRESS_LIMIT, WINDOW, now);
		if (account.isPresent() && address.isPresent()) {
			return Optional.of(account.get().isAfter(address.get()) ? account.get() : address.get());
		}
		return account.isPresent() ? account : address;
	}

	/**
	 * The end of the lock that {@code failures} (newest first) impose at {@code now}: a
	 * run of {@code limit} failures within {@code window} locks for {@code window} after
	 * its last failure.
	 */
	static Optional<Instant> lockedUntil(List<Instant> failures, int limit, Duration window, Instant now) {
		for (int last = 0; last + limit - 1 < failures.size(); last++) {
			Instant end = failures.get(last).plus(window);
			if (!end.isAfter(now)) {
				// Older runs end earlier still.
				return Optional.empty();
			}
			Instant first = failures.get(last + limit - 1);
			if (Duration.between(first, failures.get(last)).compareTo(window) < 0) {
				return Optional.of(end);
			}
		}
		return Optional.empty();
	}

}
