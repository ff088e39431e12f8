package uk.youthjustice.library.accounts;

import java.io.Serializable;
import java.time.Instant;

/**
 * Why the last sign-in did not work, carried to the sign-in page over the redirect.
 *
 * @param username what was typed as the email address, shortened, to show again
 * @param passwordBlank whether the password was left empty
 * @param kind what went wrong
 * @param refusedUntil when a throttled sign-in may be tried again, else {@code null}
 */
record SignInProblem(String username, boolean passwordBlank, Kind kind, Instant refusedUntil) implements Serializable {

	boolean usernameBlank() {
		return this.username == null || this.username.isBlank();
	}

	enum Kind {

		/** A field was left empty. */
		BLANK,

		/** The email address and password did not match an account that may sign in. */
		FAILED,

		/** Too many failures: refused until {@code refusedUntil}. */
		THROTTLED

	}

}
