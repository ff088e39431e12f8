package uk.youthjustice.library.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the audit log and the throttle need to know about where a sign-in came from: the
 * client address (the real client's behind a trusted proxy, see
 * {@code server.forward-headers-strategy}) and the browser's User-Agent, shortened.
 */
class SignInDetails extends WebAuthenticationDetails {

	private final String userAgent;

	SignInDetails(HttpServletRequest request) {
		super(request);
		this.userAgent = SignInAttempt.truncate(request.getHeader(HttpHeaders.USER_AGENT),
				SignInAttempt.USER_AGENT_LENGTH);
	}

	String getUserAgent() {
		return this.userAgent;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof SignInDetails details
				&& java.util.Objects.equals(this.userAgent, details.userAgent);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
