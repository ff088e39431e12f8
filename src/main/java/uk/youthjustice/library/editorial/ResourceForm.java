package uk.youthjustice.library.editorial;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.system.DateInput;

/**
 * What an editor types into the form for a practice example or a guidance document, kept
 * as typed (numbers and ids as text) so that a mistake is shown back exactly as entered.
 * Both kinds share the record; each kind's form shows only its own fields. Cross-field
 * rules are in {@link ResourceFormValidator}; whether ids name real categories, topics
 * and contact cards is checked by {@link Editing}.
 *
 * @param title the title, required
 * @param summary one or two sentences shown in listings
 * @param description the body, in Markdown
 * @param category the id of the category
 * @param topics the ids of the topics
 * @param evidence the id of the evidence classification (practice examples), or blank
 * @param ageMinimum the youngest age, as typed (practice examples)
 * @param ageMaximum the oldest age, as typed (practice examples)
 * @param sex a {@link Sex} name (practice examples)
 * @param cost a {@link CostKind} name (practice examples)
 * @param costText what it costs, when it has a cost
 * @param aims the aims, one an item (practice examples)
 * @param steps the implementation steps, one an item (practice examples)
 * @param audience who it is for, one reader group an item (guidance documents)
 * @param contacts the ids of the attached contact cards, in order
 * @param contactToAdd the id of a contact card chosen to attach, or blank
 * @param newContact a contact card to create and attach on saving
 * @param sourceOrganisation the id of the source organisation's card (practice examples)
 * @param publisher who published it (guidance documents)
 * @param externalUrl where the full document is (guidance documents)
 * @param replaces the address or slug of the resource this one replaces
 * @param reviewDue when the resource should be checked again
 * @param changeNote the public note for a change to a published resource
 * @param minorChange whether a change to a published resource needs no note
 * @param version the resource's version the form was filled from; null for a new one
 * @param attachment a file to attach when the resource is saved
 */
public record ResourceForm(
		@NotBlank(message = "{editorial.title.required}") @Size(max = ResourceForm.TITLE_LIMIT,
				message = "{editorial.title.too-long}") String title,
		@Size(max = ResourceForm.SUMMARY_LIMIT, message = "{editorial.summary.too-long}") String summary,
		@Size(max = ResourceForm.DESCRIPTION_LIMIT, message = "{editorial.description.too-long}") String description,
		@NotBlank(message = "{editorial.category.required}") String category, List<String> topics, String evidence,
		String ageMinimum, String ageMaximum, String sex, String cost,
		@Size(max = ResourceForm.COST_TEXT_LIMIT, message = "{editorial.cost-text.too-long}") String costText,
		List<@Size(max = ResourceForm.AIM_LIMIT, message = "{editorial.aims.too-long}") String> aims,
		List<@Size(max = ResourceForm.STEP_LIMIT, message = "{editorial.steps.too-long}") String> steps,
		List<@Size(max = ResourceForm.AUDIENCE_LIMIT, message = "{editorial.audience.too-long}") String> audience,
		List<String> contacts, String contactToAdd, @Valid NewContactForm newContact, String sourceOrganisation,
		@Size(max = 200, message = "{editorial.publisher.too-long}") String publisher,
		@Size(max = 1000, message = "{editorial.external-url.too-long}") String externalUrl,
		@Size(max = 1000, message = "{editorial.replaces.too-long}") String replaces, DateInput reviewDue,
		@Size(max = ResourceForm.CHANGE_NOTE_LIMIT, message = "{editorial.change-note.too-long}") String changeNote,
		Boolean minorChange, Long version, @Valid AttachmentForm attachment) {

	static final int TITLE_LIMIT = 300;

	static final int SUMMARY_LIMIT = 1000;

	/**
	 * Far longer than any write-up in the old hub; a bound so that one post cannot fill
	 * the database or the search index.
	 */
	static final int DESCRIPTION_LIMIT = 100_000;

	static final int COST_TEXT_LIMIT = 300;

	static final int AIM_LIMIT = 1000;

	static final int STEP_LIMIT = 2000;

	static final int AUDIENCE_LIMIT = 300;

	static final int CHANGE_NOTE_LIMIT = 1000;

	public ResourceForm {
		topics = mutable(topics);
		aims = mutable(aims);
		steps = mutable(steps);
		audience = mutable(audience);
		contacts = mutable(contacts);
		newContact = (newContact != null) ? newContact : NewContactForm.EMPTY;
		reviewDue = (reviewDue != null) ? reviewDue : DateInput.EMPTY;
		minorChange = Boolean.TRUE.equals(minorChange);
		attachment = (attachment != null) ? attachment : AttachmentForm.EMPTY;
	}

	/** The form without a file to attach, as the resource's saved state fills it. */
	ResourceForm(String title, String summary, String description, String category, List<String> topics,
			String evidence, String ageMinimum, String ageMaximum, String sex, String cost, String costText,
			List<String> aims, List<String> steps, List<String> audience, List<String> contacts, String contactToAdd,
			NewContactForm newContact, String sourceOrganisation, String publisher, String externalUrl, String replaces,
			DateInput reviewDue, String changeNote, Boolean minorChange, Long version) {
		this(title, summary, description, category, topics, evidence, ageMinimum, ageMaximum, sex, cost, costText, aims,
				steps, audience, contacts, contactToAdd, newContact, sourceOrganisation, publisher, externalUrl,
				replaces, reviewDue, changeNote, minorChange, version, null);
	}

	/** An empty form for a new resource of the given kind. */
	public static ResourceForm empty(ResourceKind kind) {
		boolean practice = kind == ResourceKind.PRACTICE_EXAMPLE;
		return new ResourceForm("", "", "", "", null, "", "", "", practice ? Sex.NOT_APPLICABLE.name() : null,
				practice ? CostKind.NOT_STATED.name() : null, "", null, null, null, null, "", null, "", "", "", "",
				null, "", false, null);
	}

	/** The same input based on another version of the resource. */
	public ResourceForm withVersion(Long newVersion) {
		return new ResourceForm(this.title, this.summary, this.description, this.category, this.topics, this.evidence,
				this.ageMinimum, this.ageMaximum, this.sex, this.cost, this.costText, this.aims, this.steps,
				this.audience, this.contacts, this.contactToAdd, this.newContact, this.sourceOrganisation,
				this.publisher, this.externalUrl, this.replaces, this.reviewDue, this.changeNote, this.minorChange,
				newVersion, this.attachment);
	}

	/** The same input with another file to attach. */
	ResourceForm withAttachment(AttachmentForm newAttachment) {
		return new ResourceForm(this.title, this.summary, this.description, this.category, this.topics, this.evidence,
				this.ageMinimum, this.ageMaximum, this.sex, this.cost, this.costText, this.aims, this.steps,
				this.audience, this.contacts, this.contactToAdd, this.newContact, this.sourceOrganisation,
				this.publisher, this.externalUrl, this.replaces, this.reviewDue, this.changeNote, this.minorChange,
				this.version, newAttachment);
	}

	/**
	 * The contact cards to attach: those already listed, then the one chosen in the
	 * select, if it is not listed yet. Blank entries are dropped.
	 */
	public List<String> contactsToAttach() {
		List<String> ids = new ArrayList<>();
		for (String id : this.contacts) {
			if (NewContactForm.hasText(id) && !ids.contains(id.strip())) {
				ids.add(id.strip());
			}
		}
		if (NewContactForm.hasText(this.contactToAdd) && !ids.contains(this.contactToAdd.strip())) {
			ids.add(this.contactToAdd.strip());
		}
		return ids;
	}

	/**
	 * The form after "Add contact card": the chosen card moves into the list and the
	 * select is cleared.
	 */
	public ResourceForm withChosenContactAttached() {
		List<String> ids = contactsToAttach();
		return new ResourceForm(this.title, this.summary, this.description, this.category, this.topics, this.evidence,
				this.ageMinimum, this.ageMaximum, this.sex, this.cost, this.costText, this.aims, this.steps,
				this.audience, ids, "", this.newContact, this.sourceOrganisation, this.publisher, this.externalUrl,
				this.replaces, this.reviewDue, this.changeNote, this.minorChange, this.version, this.attachment);
	}

	private static List<String> mutable(List<String> list) {
		return (list != null) ? new ArrayList<>(list) : new ArrayList<>();
	}

}
