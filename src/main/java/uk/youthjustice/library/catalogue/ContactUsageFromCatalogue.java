package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.contacts.CardUsage;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactUsage;
import uk.youthjustice.library.contacts.LinkedResource;

/**
 * Tells the contacts feature which resources a card is attached to: the public ones for
 * its page, all of them before it is deleted.
 */
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

	@Override
	public CardUsage allResourcesUsing(Long cardId, int limit) {
		return new CardUsage(this.resources.countResourcesUsing(cardId),
				this.resources.resourcesUsing(cardId, Limit.of(limit))
					.stream()
					.map((use) -> new CardUsage.UsingResource(use.id(), use.title(), use.status().name()))
					.toList());
	}

}
