package uk.youthjustice.library.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password: a refused attempt never reaches the password
 * check, so guessing gains nothing while refused, and costs the server no hashing.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final SignInThrottle throttle;

	private final AuthenticationProvider passwordCheck;

	ThrottlingAuthenticationProvider(SignInThrottle throttle, AuthenticationProvider passwordCheck) {
		this.throttle = throttle;
		this.passwordCheck = passwordCheck;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object password = authentication.getCredentials();
		if (username == null || username.isBlank() || password == null || password.toString().isEmpty()) {
			throw new BlankSignInException();
		}
		this.throttle.refusedUntil(SignInAttempt.usernameOf(username), clientAddress(authentication))
			.ifPresent((until) -> {
				throw new SignInThrottledException(until);
			});
		return this.passwordCheck.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String clientAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
