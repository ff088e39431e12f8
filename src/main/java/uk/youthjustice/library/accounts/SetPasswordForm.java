package uk.youthjustice.library.accounts;

/**
 * A new password, typed twice. The rules are checked by {@link SetPasswordFormValidator},
 * which needs the common password list.
 *
 * @param password the new password
 * @param confirmPassword the new password again
 */
record SetPasswordForm(String password, String confirmPassword) {

	static SetPasswordForm empty() {
		return new SetPasswordForm("", "");
	}

}
