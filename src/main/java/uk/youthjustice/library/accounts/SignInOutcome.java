package uk.youthjustice.library.accounts;

/** How an attempt to sign in ended. */
enum SignInOutcome {

	/** The email address and password were right. */
	SUCCESS,

	/** No such account, no password set yet, or the wrong password. */
	BAD_CREDENTIALS,

	/**
	 * Refused without checking the password: too many recent failures for the account or
	 * from the address.
	 */
	THROTTLED,

	/** The account has been disabled by an administrator. */
	DISABLED;

	/** The outcomes that count towards throttling. */
	static final java.util.Set<SignInOutcome> FAILURES = java.util.EnumSet.of(BAD_CREDENTIALS, DISABLED);

}
