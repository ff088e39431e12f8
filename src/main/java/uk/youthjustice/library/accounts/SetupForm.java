package uk.youthjustice.library.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the first administrator fills in. Password rules are checked by
 * {@link SetupFormValidator}, which needs the common password list.
 *
 * @param email the administrator's email address, used to sign in
 * @param displayName the name shown in the history of changes
 * @param password the new password
 * @param confirmPassword the new password again
 */
record SetupForm(
		@NotBlank(message = "{setup.email.required}") @Email(message = "{setup.email.invalid}") @Size(max = 254,
				message = "{setup.email.too-long}") String email,
		@NotBlank(message = "{setup.display-name.required}") @Size(max = 200,
				message = "{setup.display-name.too-long}") String displayName,
		String password, String confirmPassword) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "");
	}

}
