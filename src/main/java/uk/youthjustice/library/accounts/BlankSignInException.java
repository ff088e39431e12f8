package uk.youthjustice.library.accounts;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in form sent with the email address or password left empty. Nothing was tried,
 * so it is neither checked nor counted.
 */
class BlankSignInException extends BadCredentialsException {

	BlankSignInException() {
		super("Email address or password left empty");
	}

}
