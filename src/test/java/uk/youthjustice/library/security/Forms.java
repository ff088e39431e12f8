package uk.youthjustice.library.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Complete, valid form fields for the public forms, with one text in every free field.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * The share-your-practice form, as name and value pairs.
	 * @param text what goes in every free-text field
	 * @param category a category id
	 */
	static String[] share(String text, String category) {
		List<String> fields = new ArrayList<>(List.of("name", text, "email", "sharer@example.org", "organisation", text,
				"role", text, "title", text, "summary", text, "category", category, "ageFrom", "10", "ageTo", "17",
				"sex", "NOT_APPLICABLE", "cost", "has-cost", "costText", text, "aims[0]", text, "steps[0]", text,
				"description", text, "evidence", "not-sure", "evidenceText", text, "contactOrganisation", text,
				"contactName", text, "contactTelephone", "0113 496 0000", "contactEmail", "contact@example.org",
				"consent", "yes", "website", ""));
		return fields.toArray(String[]::new);
	}

}
