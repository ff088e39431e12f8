package uk.youthjustice.library.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who the first administrator is. The email address's format is checked by
 * {@link EmailAddress}; the password comes next, on the set-password page.
 *
 * @param email the administrator's email address, used to sign in
 * @param displayName the name shown in the history of changes
 */
record SetupForm(
		@NotBlank(message = "{setup.email.required}") @Size(max = 254,
				message = "{setup.email.too-long}") @EmailAddress(message = "{setup.email.invalid}") String email,
		@NotBlank(message = "{setup.display-name.required}") @Size(max = 200,
				message = "{setup.display-name.too-long}") String displayName) {

	static SetupForm empty() {
		return new SetupForm("", "");
	}

}
