package uk.youthjustice.library.contacts;

import java.time.LocalDate;

import uk.youthjustice.library.system.DateInput;

/**
 * What an editor types for a contact card. Text is tidied as it is bound: no surrounding
 * spaces and no control characters (PostgreSQL refuses a NUL; every field is one line).
 * {@link ContactFormValidator} checks it.
 *
 * @param organisation the organisation, required
 * @param personName a named person
 * @param role their role
 * @param telephone a number
 * @param email an email address
 * @param website the organisation's web site, http or https
 * @param region one of {@link ContactRegions#ALL}, or empty
 * @param lastVerified when someone last checked the details, as typed
 */
record ContactForm(String organisation, String personName, String role, String telephone, String email, String website,
		String region, DateInput lastVerified) {

	static final int ORGANISATION_MAX = 200;

	static final int PERSON_NAME_MAX = 200;

	static final int ROLE_MAX = 200;

	static final int TELEPHONE_MAX = 60;

	static final int EMAIL_MAX = 254;

	static final int WEBSITE_MAX = 500;

	ContactForm {
		organisation = oneLine(organisation);
		personName = oneLine(personName);
		role = oneLine(role);
		telephone = oneLine(telephone);
		email = oneLine(email);
		website = oneLine(website);
		region = oneLine(region);
		lastVerified = (lastVerified != null) ? lastVerified : DateInput.EMPTY;
	}

	static ContactForm empty() {
		return new ContactForm("", "", "", "", "", "", "", DateInput.EMPTY);
	}

	static ContactForm of(ContactCard card) {
		return new ContactForm(card.getOrganisation(), card.getPersonName(), card.getRole(), card.getTelephone(),
				card.getEmail(), card.getWebsite(), card.getRegion(), DateInput.of(card.getLastVerifiedOn()));
	}

	/** Copies the form onto the card; empty fields become {@code null}. */
	void applyTo(ContactCard card) {
		card.setOrganisation(this.organisation);
		card.setPersonName(orNull(this.personName));
		card.setRole(orNull(this.role));
		card.setTelephone(orNull(this.telephone));
		card.setEmail(orNull(this.email));
		card.setWebsite(orNull(this.website));
		card.setRegion(orNull(this.region));
		card.setLastVerifiedOn(lastVerifiedOn());
	}

	/** The last-verified date, when one was given and it is a real date. */
	LocalDate lastVerifiedOn() {
		return this.lastVerified.toLocalDate().orElse(null);
	}

	private static String orNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static String oneLine(String text) {
		return (text != null) ? text.replaceAll("\\p{Cntrl}", " ").strip() : "";
	}

}
