package uk.youthjustice.library.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;

/**
 * The open data tests’ own category, created once in the shared test library: 12 public
 * resources (8 practice examples for ages 10 to 17 at no cost, 4 guidance documents with
 * a cost, every third one on {@link #TOPIC}, every fourth with {@link #EVIDENCE}), one
 * fuller resource ({@link #FULL}, once at {@link #OLD_SLUG}) with a file, a contact card
 * and a change note, and four the public must not see.
 */
final class OpenDataFixture {

	static final String CATEGORY = "open-data-test-category";

	static final String TOPIC = "open-data-test-topic";

	static final String EVIDENCE = "open-data-test-evidence";

	static final String CONTACT = "open-data-test-contact";

	static final String FULL = "open-data-full-resource";

	static final String OLD_SLUG = "open-data-old-slug";

	/** Slugs of resources the public must not see. */
	static final String[] HIDDEN = { CATEGORY + "-draft", CATEGORY + "-scheduled", CATEGORY + "-archived",
			CATEGORY + "-future" };

	static final int PUBLIC_COUNT = 13;

	private OpenDataFixture() {
	}

	static synchronized void ensure(Catalogue catalogue, ContactDirectory contacts, Attachments attachments) {
		if (catalogue.findCategory(CATEGORY).isPresent()) {
			return;
		}
		Category category = catalogue.save(new Category(CATEGORY, "Open data test category", "For API tests.", 98));
		Topic topic = catalogue.save(new Topic(TOPIC, "Open data test topic", "A topic for API tests."));
		EvidenceClassification evidence = catalogue
			.save(new EvidenceClassification(EVIDENCE, "Open data test evidence", null, 97));
		Instant start = Instant.parse("2021-03-01T09:00:00Z");
		for (int i = 1; i <= 12; i++) {
			boolean practice = i <= 8;
			Resource resource = new Resource(practice ? ResourceKind.PRACTICE_EXAMPLE : ResourceKind.GUIDANCE_DOCUMENT,
					CATEGORY + "-" + i, String.format("Open item %02d", i), category);
			resource.setSummary("Summary of open item " + i + ".");
			resource.setAgeRange(practice ? new AgeRange(10, 17) : AgeRange.NOT_APPLICABLE);
			resource.setCostKind(practice ? CostKind.NONE : CostKind.HAS_COST);
			if (i % 3 == 0) {
				resource.getTopics().add(topic);
			}
			if (i % 4 == 0) {
				resource.setEvidence(evidence);
			}
			resource.publish(start.plus(i, ChronoUnit.DAYS));
			catalogue.save(resource);
		}
		ContactCard card = new ContactCard(CONTACT, "Open Data Test Youth Service");
		card.setEmail("open.data@example.org.uk");
		card = contacts.save(card);
		Resource full = new Resource(ResourceKind.PRACTICE_EXAMPLE, OLD_SLUG, "Open full resource", category);
		full.setSummary("A resource with everything.");
		full.setDescription("A **panel** that meets weekly.");
		full.getAims().add("Fewer repeat referrals");
		full.getTopics().add(topic);
		full.getContacts().add(card);
		full.setAgeRange(new AgeRange(12, null));
		full.setCostKind(CostKind.HAS_COST);
		full.setCostText("£40 a session");
		full.publish(start);
		full.noteChange(Instant.parse("2022-05-06T10:15:30Z"), "Contact details updated.");
		full.changeSlug(FULL, Instant.parse("2022-05-06T10:15:30Z"));
		full = catalogue.save(full);
		try {
			attachments.attach(full.getId(),
					attachments.receive("panel-notes.txt",
							new ByteArrayInputStream("Notes from the panel.\n".getBytes(StandardCharsets.UTF_8))),
					"Panel notes", false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, HIDDEN[0], "Hidden draft", category);
		draft.getTopics().add(topic);
		catalogue.save(draft);
		Resource scheduled = new Resource(ResourceKind.PRACTICE_EXAMPLE, HIDDEN[1], "Hidden scheduled", category);
		scheduled.schedule(Instant.now().plus(30, ChronoUnit.DAYS));
		catalogue.save(scheduled);
		Resource archived = new Resource(ResourceKind.PRACTICE_EXAMPLE, HIDDEN[2], "Hidden archived", category);
		archived.getTopics().add(topic);
		archived.setEvidence(evidence);
		archived.publish(start);
		archived.archive();
		catalogue.save(archived);
		Resource future = new Resource(ResourceKind.PRACTICE_EXAMPLE, HIDDEN[3], "Hidden future", category);
		future.publish(Instant.now().plus(30, ChronoUnit.DAYS));
		future.getTopics().add(topic);
		catalogue.save(future);
	}

}
