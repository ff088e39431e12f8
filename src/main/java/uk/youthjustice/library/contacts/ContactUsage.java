package uk.youthjustice.library.contacts;

import java.util.List;

/**
 * Where a contact card is used. The catalogue answers, so that contacts need not know
 * about resources: the dependency runs from the catalogue to contacts only.
 */
public interface ContactUsage {

	/**
	 * The resources the public may see now that name the card as a contact or as their
	 * source organisation, each once; never drafts, scheduled or archived ones.
	 */
	List<LinkedResource> publicResourcesFor(ContactCard card);

	/**
	 * Every resource, whatever its status, that names the card as a contact or as its
	 * source organisation, each once, by title.
	 * @param cardId the card
	 * @param limit how many to name; the total counts them all
	 */
	CardUsage allResourcesUsing(Long cardId, int limit);

}
