package uk.youthjustice.library.editorial;

import uk.youthjustice.library.system.Choice;

/**
 * A contact card as an option of the form's select, labelled with its organisation first
 * (then person, role and region) so that typing the first letters of an organisation in
 * the select finds it.
 */
record ContactOption(Long id, String organisation, String personName, String role, String region) {

	Choice toChoice() {
		StringBuilder label = new StringBuilder(this.organisation.strip());
		if (NewContactForm.hasText(this.personName)) {
			label.append(" \u2013 ").append(this.personName.strip());
		}
		if (NewContactForm.hasText(this.role)) {
			label.append(", ").append(this.role.strip());
		}
		if (NewContactForm.hasText(this.region)) {
			label.append(" (").append(this.region.strip()).append(')');
		}
		return new Choice(String.valueOf(this.id), label.toString());
	}

}
