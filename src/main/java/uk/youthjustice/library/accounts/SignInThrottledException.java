package uk.youthjustice.library.accounts;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused by {@link SignInThrottle} before the password was checked. A kind of
 * {@link LockedException} so that Spring Security stops at once and publishes a failure
 * event for the audit log.
 */
class SignInThrottledException extends LockedException {

	private final Instant refusedUntil;

	SignInThrottledException(Instant refusedUntil) {
		super("Too many failed sign-ins; refused until " + refusedUntil);
		this.refusedUntil = refusedUntil;
	}

	Instant getRefusedUntil() {
		return this.refusedUntil;
	}

}
