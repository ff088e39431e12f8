package uk.youthjustice.library.demo;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.demo.DemoLibrary.Item;
import uk.youthjustice.library.demo.DemoLibrary.Item.AttachmentRef;

/**
 * Saves the demo resources. Items are saved in file order, so one that replaces another
 * must come after it.
 */
record DemoResources(Catalogue catalogue, Map<String, ContactCard> cards, BiConsumer<Long, AttachmentRef> attacher) {

	void save(List<Item> items) {
		items.forEach(this::save);
	}

	private void save(Item item) {
		Resource resource = new Resource(ResourceKind.valueOf(item.kind()), item.slug(), item.title(),
				this.catalogue.findCategory(item.category()).orElseThrow(() -> missing("category", item.category())));
		resource.setSummary(item.summary());
		resource.setDescription(item.description());
		item.topics()
			.forEach((slug) -> resource.getTopics()
				.add(this.catalogue.findTopic(slug).orElseThrow(() -> missing("topic", slug))));
		if (item.evidence() != null) {
			resource.setEvidence(this.catalogue.findEvidenceClassification(item.evidence())
				.orElseThrow(() -> missing("evidence label", item.evidence())));
		}
		resource.setAgeRange(new AgeRange(item.ageMin(), item.ageMax()));
		resource.setSex((item.sex() != null) ? Sex.valueOf(item.sex()) : Sex.NOT_APPLICABLE);
		resource.setCostKind((item.costKind() != null) ? CostKind.valueOf(item.costKind()) : CostKind.NOT_STATED);
		resource.setCostText(item.costText());
		resource.getAims().addAll(item.aims());
		resource.getImplementationSteps().addAll(item.implementationSteps());
		item.contacts().forEach((key) -> resource.getContacts().add(card(key)));
		resource.setSourceOrganisation((item.sourceOrganisation() != null) ? card(item.sourceOrganisation()) : null);
		resource.setPublisher(item.publisher());
		resource.getAudience().addAll(item.audience());
		resource.setExternalUrl(item.externalUrl());
		resource.setReviewDueOn(item.reviewDueOn());
		if (item.replaces() != null) {
			resource.setReplaces(this.catalogue.findResource(item.replaces())
				.orElseThrow(() -> missing("resource", item.replaces())));
		}
		applyStatus(resource, item);
		item.changeNotes().forEach((note) -> resource.noteChange(note.at(), note.note()));
		Resource saved = this.catalogue.save(resource);
		item.attachments().forEach((ref) -> this.attacher.accept(saved.getId(), ref));
	}

	private static void applyStatus(Resource resource, Item item) {
		switch (ResourceStatus.valueOf(item.status())) {
			case PUBLISHED -> resource.publish(item.publishedAt());
			case SCHEDULED -> resource.schedule(item.publishAt());
			case ARCHIVED -> {
				resource.publish(item.publishedAt());
				resource.archive();
			}
			case DRAFT -> {
			}
		}
	}

	private ContactCard card(String key) {
		ContactCard card = this.cards.get(key);
		if (card == null) {
			throw missing("contact", key);
		}
		return card;
	}

	private static IllegalStateException missing(String what, String key) {
		return new IllegalStateException("The demo content names a " + what + " that it does not define: " + key);
	}

}
