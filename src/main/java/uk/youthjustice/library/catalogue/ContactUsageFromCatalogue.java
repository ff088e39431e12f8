package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactUsage;
import uk.youthjustice.library.contacts.LinkedResource;

/** Tells the contact directory which public resources a card is attached to. */
@Component
@Transactional(readOnly = true)
class ContactUsageFromCatalogue implements ContactUsage {

	private final ContactResourceRepository resources;

	private final Clock clock;

	ContactUsageFromCatalogue(ContactResourceRepository resources, Clock clock) {
		this.resources = resources;
		this.clock = clock;
	}

	@Override
	public List<LinkedResource> publicResourcesFor(ContactCard card) {
		return this.resources.publicResourcesFor(card, this.clock.instant())
			.stream()
			.map((row) -> new LinkedResource(row.slug(), row.title(), "resource.kind." + row.kind().name(),
					row.summary()))
			.toList();
	}

}
