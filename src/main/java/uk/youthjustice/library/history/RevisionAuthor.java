package uk.youthjustice.library.history;

import java.time.Clock;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each new revision with the library's clock and the signed-in person. Hibernate
 * asks Spring for it (hibernate.cdi.extensions), so it gets the shared {@link Clock} and
 * tests that fix the time see it in the history too.
 */
class RevisionAuthor implements RevisionListener {

	private final Clock clock;

	RevisionAuthor(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void newRevision(Object revision) {
		((Revision) revision).record(this.clock.instant(), currentAuthor());
	}

	static String currentAuthor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Revision.SYSTEM;
		}
		return authentication.getName();
	}

}
