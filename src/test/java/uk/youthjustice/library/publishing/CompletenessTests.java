package uk.youthjustice.library.publishing;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.contacts.ContactCard;

import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of resource must have before it may be published. */
class CompletenessTests {

	private final Category category = new Category("practice", "Practice", null, 1);

	@Test
	void aNewPracticeExampleLacksEverythingButItsTitleAndCategory() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "p", "A title", this.category);

		assertThat(Completeness.missing(resource, false)).containsExactly(Requirement.SUMMARY, Requirement.DESCRIPTION,
				Requirement.AIM, Requirement.IMPLEMENTATION_STEP, Requirement.CONTACT, Requirement.EVIDENCE);
	}

	@Test
	void aFilledInPracticeExampleIsComplete() {
		assertThat(Completeness.missing(practiceExample(), false)).isEmpty();
	}

	@Test
	void blankTextDoesNotCount() {
		Resource resource = practiceExample();
		resource.setTitle("  ");
		resource.setSummary("");
		resource.setDescription("\n\t");
		resource.getAims().set(0, " ");
		resource.getImplementationSteps().clear();
		resource.getImplementationSteps().add("");

		assertThat(Completeness.missing(resource, true)).containsExactly(Requirement.TITLE, Requirement.SUMMARY,
				Requirement.DESCRIPTION, Requirement.AIM, Requirement.IMPLEMENTATION_STEP);
	}

	@Test
	void oneAimAmongBlankOnesIsEnough() {
		Resource resource = practiceExample();
		resource.getAims().add(0, "");

		assertThat(Completeness.missing(resource, false)).isEmpty();
	}

	@Test
	void aPracticeExampleNeedsAContactAndAnEvidenceClassificationButNoPublisherOrLink() {
		Resource resource = practiceExample();
		resource.getContacts().clear();
		resource.setEvidence(null);

		assertThat(Completeness.missing(resource, false)).containsExactly(Requirement.CONTACT, Requirement.EVIDENCE);
	}

	@Test
	void aGuidanceDocumentNeedsAPublisherAndALinkOrAFile() {
		Resource resource = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "g", "Guidance", this.category);
		resource.setSummary("Summary");
		resource.setDescription("Description");

		assertThat(Completeness.missing(resource, false)).containsExactly(Requirement.PUBLISHER,
				Requirement.LINK_OR_ATTACHMENT);
	}

	@Test
	void aGuidanceDocumentIsCompleteWithALinkOrWithAnAttachment() {
		Resource linked = guidanceDocument();
		linked.setExternalUrl("https://www.example.org.uk/guidance");
		Resource attached = guidanceDocument();

		assertThat(Completeness.missing(linked, false)).isEmpty();
		assertThat(Completeness.missing(attached, true)).isEmpty();
		assertThat(Completeness.missing(attached, false)).containsExactly(Requirement.LINK_OR_ATTACHMENT);
	}

	@Test
	void aGuidanceDocumentNeedsNoAimsStepsContactsOrEvidence() {
		Resource resource = guidanceDocument();
		resource.setExternalUrl("https://www.example.org.uk/guidance");

		assertThat(resource.getAims()).isEmpty();
		assertThat(Completeness.missing(resource, false)).isEmpty();
	}

	@Test
	void aResourceMayNotReplaceOneThatReplacesIt() {
		Resource first = practiceExample();
		Resource second = practiceExample();
		Resource third = practiceExample();
		second.setReplaces(first);
		third.setReplaces(second);
		first.setReplaces(third);

		assertThat(Completeness.missing(first, false)).containsExactly(Requirement.REPLACES_EARLIER_EDITION);
		Resource itself = practiceExample();
		itself.setReplaces(itself);
		assertThat(Completeness.missing(itself, false)).containsExactly(Requirement.REPLACES_EARLIER_EDITION);
	}

	@Test
	void replacingAnEarlierEditionIsFine() {
		Resource earlier = practiceExample();
		Resource later = practiceExample();
		later.setReplaces(earlier);

		assertThat(Completeness.missing(later, false)).isEmpty();
	}

	@Test
	void eachRequirementLinksToAFieldOfTheEditForm() {
		assertThat(Requirement.AIM.field()).isEqualTo("aims[0]");
		assertThat(Requirement.IMPLEMENTATION_STEP.field()).isEqualTo("steps[0]");
		assertThat(Requirement.CONTACT.field()).isEqualTo("contactToAdd");
		assertThat(Requirement.LINK_OR_ATTACHMENT.field()).isEqualTo("externalUrl");
		assertThat(Requirement.EVIDENCE.messageKey()).isEqualTo("publishing.missing.EVIDENCE");
	}

	private Resource practiceExample() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "p", "A heritage panel", this.category);
		resource.setSummary("Reviews care plans.");
		resource.setDescription("It **works**.");
		resource.getAims().add("Build trust");
		resource.getImplementationSteps().add("Recruit panel members");
		resource.getContacts().add(new ContactCard("leeds-yjs", "Leeds YJS"));
		resource.setEvidence(new EvidenceClassification("promising", "Promising", null, 1));
		return resource;
	}

	private Resource guidanceDocument() {
		Resource resource = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "g", "Guidance", this.category);
		resource.setSummary("Summary");
		resource.setDescription("Description");
		resource.setPublisher("Ministry of Justice");
		return resource;
	}

}
