package uk.youthjustice.library.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Writes Spring Security's sign-in events to the audit log, which the throttle also
 * reads. A failure to write is logged, never shown: it must not stop a sign-in.
 */
@Component
class SignInAuditor {

	private static final Logger log = LoggerFactory.getLogger(SignInAuditor.class);

	private final SignInRecords records;

	SignInAuditor(SignInRecords records) {
		this.records = records;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		write(event.getAuthentication(), SignInOutcome.SUCCESS);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		SignInOutcome outcome = outcomeOf(event.getException());
		if (outcome != null) {
			write(event.getAuthentication(), outcome);
		}
	}

	/** The outcome to record, or {@code null} for a form sent empty. */
	static SignInOutcome outcomeOf(AuthenticationException exception) {
		if (exception instanceof BlankSignInException) {
			return null;
		}
		if (exception instanceof SignInThrottledException) {
			return SignInOutcome.THROTTLED;
		}
		if (exception instanceof DisabledException) {
			return SignInOutcome.DISABLED;
		}
		if (exception instanceof BadCredentialsException) {
			return SignInOutcome.BAD_CREDENTIALS;
		}
		// Anything else (the database unreachable, say) is not the person's doing.
		return null;
	}

	private void write(Authentication authentication, SignInOutcome outcome) {
		String userAgent = (authentication.getDetails() instanceof SignInDetails details) ? details.getUserAgent()
				: null;
		try {
			this.records.record(authentication.getName(), outcome,
					ThrottlingAuthenticationProvider.clientAddress(authentication), userAgent);
		}
		catch (DataAccessException ex) {
			log.error("Could not record a sign-in attempt ({}) in the audit log", outcome, ex);
		}
	}

}
