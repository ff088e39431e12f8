package uk.youthjustice.library.sharing;

import org.springframework.stereotype.Component;

import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.system.Slugs;

/**
 * The contact card for a submission's contact: the card that already has their email
 * address, so a person who shares several practices keeps one card, or else a new one. A
 * new card is not marked verified: an editor checks it before publishing.
 */
@Component
class SubmissionContacts {

	private final ContactDirectory directory;

	SubmissionContacts(ContactDirectory directory) {
		this.directory = directory;
	}

	ContactCard cardFor(PracticeSubmission submission) {
		String email = submission.getContactEmail();
		if (email != null) {
			var existing = this.directory.findByEmail(email);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		String name = submission.getContactName();
		String organisation = submission.getContactOrganisation();
		String slug = Slugs.unique((name != null) ? organisation + " " + name : organisation,
				(candidate) -> this.directory.findBySlug(candidate).isPresent());
		ContactCard card = new ContactCard(slug, organisation);
		card.setPersonName(name);
		card.setTelephone(submission.getContactTelephone());
		card.setEmail(email);
		return this.directory.save(card);
	}

}
