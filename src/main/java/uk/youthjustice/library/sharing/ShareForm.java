package uk.youthjustice.library.sharing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a practitioner fills in on the "Share your practice" form. Every field is text, so
 * binding never fails and {@link ShareFormValidator} explains every mistake in the order
 * of the form. Text is tidied as it is bound: line breaks as a browser's character count
 * sees them, no control characters (PostgreSQL refuses a NUL), no surrounding spaces. The
 * lists stay mutable, with blank items, for "Add another" and "Remove".
 *
 * @param name the submitter's name
 * @param email the submitter's email address
 * @param organisation the submitter's organisation, such as their youth justice service
 * @param role the submitter's job title
 * @param title the practice's title
 * @param summary a short summary of the practice
 * @param category the id of the category the practitioner suggests, or blank
 * @param topics the ids of the topics ticked
 * @param ageFrom the youngest age the practice suits
 * @param ageTo the oldest age the practice suits
 * @param sex a {@link uk.youthjustice.library.catalogue.Sex} name
 * @param cost {@link #FREE}, {@link #HAS_COST} or {@link #NOT_SURE}
 * @param costText what it costs, when it has a cost
 * @param aims what the practice aims to achieve, one an item
 * @param steps how to implement it, one step an item
 * @param description the practice in the practitioner's own words
 * @param evidence an evidence classification's id, or {@link #NOT_SURE}
 * @param evidenceText what evidence there is
 * @param contactOrganisation the organisation to contact about the practice
 * @param contactName the person to contact
 * @param contactTelephone their telephone number
 * @param contactEmail their email address
 * @param consent {@link #YES} when the practitioner agreed to be contacted and published
 * @param website the honeypot: hidden from people, so anything in it came from a robot
 */
record ShareForm(String name, String email, String organisation, String role, String title, String summary,
		String category, List<String> topics, String ageFrom, String ageTo, String sex, String cost, String costText,
		List<String> aims, List<String> steps, String description, String evidence, String evidenceText,
		String contactOrganisation, String contactName, String contactTelephone, String contactEmail, String consent,
		String website) {

	static final String FREE = "free";

	static final String HAS_COST = "has-cost";

	static final String NOT_SURE = "not-sure";

	static final String YES = "yes";

	ShareForm {
		name = tidy(name);
		email = tidy(email);
		organisation = tidy(organisation);
		role = tidy(role);
		title = tidy(title);
		summary = tidy(summary);
		category = tidy(category);
		topics = (topics != null) ? topics.stream().map(ShareForm::tidy).toList() : List.of();
		ageFrom = tidy(ageFrom);
		ageTo = tidy(ageTo);
		sex = tidy(sex);
		cost = tidy(cost);
		costText = tidy(costText);
		aims = tidyList(aims);
		steps = tidyList(steps);
		description = tidy(description);
		evidence = tidy(evidence);
		evidenceText = tidy(evidenceText);
		contactOrganisation = tidy(contactOrganisation);
		contactName = tidy(contactName);
		contactTelephone = tidy(contactTelephone);
		contactEmail = tidy(contactEmail);
		consent = tidy(consent);
		website = (website != null) ? website : "";
	}

	static ShareForm empty() {
		return new ShareForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	/** The list field with the given name, for "Add another" and "Remove". */
	List<String> list(String field) {
		return switch (field) {
			case "aims" -> this.aims;
			case "steps" -> this.steps;
			default -> null;
		};
	}

	/** Whether the hidden field was filled in, which only robots do. */
	boolean isFromRobot() {
		return !this.website.isEmpty();
	}

	boolean hasConsent() {
		return YES.equals(this.consent);
	}

	private static List<String> tidyList(List<String> items) {
		List<String> tidied = new ArrayList<>();
		if (items != null) {
			items.stream().map(ShareForm::tidy).forEach(tidied::add);
		}
		return tidied;
	}

	static String tidy(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
	}

}
