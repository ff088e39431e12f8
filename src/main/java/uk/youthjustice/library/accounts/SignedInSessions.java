package uk.youthjustice.library.accounts;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions when it is disabled or its password changes: the next
 * request of each is signed out. The registry is this node's memory; on several nodes a
 * session elsewhere ends at its timeout instead (docs/operations.md).
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Ends every session of the account signed in with this email address. */
	void end(String email) {
		this.registry.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof UserDetails user && user.getUsername().equals(email))
			.flatMap((principal) -> this.registry.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}

}
