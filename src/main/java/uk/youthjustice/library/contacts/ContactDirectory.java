package uk.youthjustice.library.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.contacts.ContactDirectoryPage.RegionOption;

/** The contacts feature's public surface: finding and keeping contact cards. */
@Service
@Transactional(readOnly = true)
public class ContactDirectory {

	private final ContactCardRepository cards;

	private final ContactUsage usage;

	ContactDirectory(ContactCardRepository cards, ContactUsage usage) {
		this.cards = cards;
		this.usage = usage;
	}

	public Optional<ContactCard> findBySlug(String slug) {
		return this.cards.findBySlug(slug);
	}

	public Optional<ContactCard> findByEmail(String email) {
		return this.cards.findFirstByEmailIgnoreCase(email);
	}

	/**
	 * The card of a person at an organisation, ignoring case; with no person, the card of
	 * the organisation itself (one that names nobody).
	 */
	public Optional<ContactCard> findByOrganisationAndPerson(String organisation, String personName) {
		return (personName != null)
				? this.cards.findFirstByOrganisationIgnoreCaseAndPersonNameIgnoreCaseOrderById(organisation, personName)
				: this.cards.findFirstByOrganisationIgnoreCaseAndPersonNameIsNullOrderById(organisation);
	}

	/** Every card's address, for the sitemap. */
	public List<String> slugs() {
		return this.cards.findAllSlugs();
	}

	public long count() {
		return this.cards.count();
	}

	@Transactional
	public ContactCard save(ContactCard card) {
		return this.cards.save(card);
	}

	/**
	 * The directory, all of it or one region's cards. A region that no card names (or any
	 * other value) shows every card: the parameter comes from the address bar.
	 * @param region a region's name, {@link ContactDirectoryPage#NOT_RECORDED}, or
	 * {@code null} for all
	 */
	public ContactDirectoryPage directory(String region) {
		TreeSet<String> recorded = new TreeSet<>(ContactDirectoryPage.alphabetical());
		boolean anyWithout = false;
		for (String name : this.cards.findDistinctRegions()) {
			if (name == null || name.isBlank()) {
				anyWithout = true;
			}
			else {
				recorded.add(name.strip());
			}
		}
		String asked = (region != null) ? region.strip() : "";
		String chosen = recorded.stream().filter(asked::equalsIgnoreCase).findFirst().orElse(null);
		boolean withoutChosen = anyWithout && ContactDirectoryPage.NOT_RECORDED.equals(asked);
		List<ContactCard> shown = (chosen != null) ? this.cards.findInRegion(chosen)
				: withoutChosen ? this.cards.findWithoutRegion() : this.cards.findAll();
		List<RegionOption> options = new ArrayList<>();
		recorded.forEach((name) -> options.add(new RegionOption(name, name, name.equals(chosen))));
		if (anyWithout) {
			options.add(new RegionOption(ContactDirectoryPage.NOT_RECORDED, null, withoutChosen));
		}
		boolean unknown = !asked.isEmpty() && chosen == null && !withoutChosen;
		return ContactDirectoryPage.of(options, unknown, shown.stream().map(ContactDetails::of).toList());
	}

	/**
	 * Every card the public directory shows (all of them), by organisation, for the open
	 * data API.
	 */
	public List<ContactDetails> all() {
		return this.cards.findAll(Sort.by("organisation", "personName", "id"))
			.stream()
			.map(ContactDetails::of)
			.toList();
	}

	/** A card's own page with the public resources it is attached to. */
	public Optional<ContactCardPage> cardPage(String slug) {
		return this.cards.findBySlug(slug)
			.map((card) -> new ContactCardPage(ContactDetails.of(card), this.usage.publicResourcesFor(card)));
	}

}
