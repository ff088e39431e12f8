package uk.youthjustice.library.publishing;

import java.util.UUID;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;

/**
 * Resources for tests that share one library: each fixture has its own category, evidence
 * label and contact card, and every name is unique.
 */
class PublishingFixture {

	private final Catalogue catalogue;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	private final Category category;

	private final EvidenceClassification evidence;

	private final ContactCard card;

	private int count;

	PublishingFixture(Catalogue catalogue, ContactDirectory contacts) {
		this.catalogue = catalogue;
		this.category = catalogue
			.save(new Category("publishing-" + this.unique, "Publishing " + this.unique, "For workflow tests.", 90));
		this.evidence = catalogue
			.save(new EvidenceClassification("evidence-" + this.unique, "Evidence " + this.unique, null, 90));
		ContactCard contact = new ContactCard("team-" + this.unique, "Team " + this.unique);
		contact.setTelephone("0113 496 0000");
		this.card = contacts.save(contact);
	}

	Category category() {
		return this.category;
	}

	/** A draft practice example with everything publishing needs. */
	Resource completeDraft(String title) {
		Resource resource = incompleteDraft(title);
		resource.setSummary("What " + title + " does.");
		resource.setDescription("How *" + title + "* works.");
		resource.getAims().add("Keep children in school");
		resource.getImplementationSteps().add("Recruit a panel");
		resource.getContacts().add(this.card);
		resource.setEvidence(this.evidence);
		return this.catalogue.save(resource);
	}

	/** A draft practice example with a title only, unsaved. */
	Resource incompleteDraft(String title) {
		this.count++;
		return new Resource(ResourceKind.PRACTICE_EXAMPLE, "publishing-" + this.unique + "-" + this.count,
				title + " " + this.unique, this.category);
	}

	Resource save(Resource resource) {
		return this.catalogue.save(resource);
	}

}
