package uk.youthjustice.library.contacts;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contacts feature's public surface: finding and keeping contact cards. */
@Service
@Transactional(readOnly = true)
public class ContactDirectory {

	private final ContactCardRepository cards;

	ContactDirectory(ContactCardRepository cards) {
		this.cards = cards;
	}

	public Optional<ContactCard> findBySlug(String slug) {
		return this.cards.findBySlug(slug);
	}

	public Optional<ContactCard> findByEmail(String email) {
		return this.cards.findFirstByEmailIgnoreCase(email);
	}

	public long count() {
		return this.cards.count();
	}

	@Transactional
	public ContactCard save(ContactCard card) {
		return this.cards.save(card);
	}

}
