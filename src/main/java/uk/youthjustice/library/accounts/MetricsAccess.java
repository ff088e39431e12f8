package uk.youthjustice.library.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import uk.youthjustice.library.system.OperationsProperties;

/**
 * Who may read the metrics ({@code /actuator/prometheus}): a scraper presenting
 * {@code library.operations.metrics-token} as a bearer token, or a signed-in
 * administrator. Nobody else, and nobody by token while none is configured
 * (docs/decisions/0022).
 */
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private static final String BEARER = "Bearer ";

	private final AuthorizationManager<RequestAuthorizationContext> administrator = AuthorityAuthorizationManager
		.hasRole(Role.ADMIN.name());

	private final byte[] token;

	MetricsAccess(OperationsProperties operations) {
		this.token = (operations.metricsToken() != null) ? operations.metricsToken().getBytes(StandardCharsets.UTF_8)
				: null;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (this.token != null && presents(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION))) {
			return new AuthorizationDecision(true);
		}
		return this.administrator.authorize(authentication, context);
	}

	/** Compared in constant time, so that timing tells nothing of the token. */
	private boolean presents(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(presented, this.token);
	}

}
