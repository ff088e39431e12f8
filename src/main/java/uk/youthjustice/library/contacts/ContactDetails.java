package uk.youthjustice.library.contacts;

import java.time.LocalDate;

import uk.youthjustice.library.markdown.Links;

/**
 * A contact card as pages show it, read from the entity inside the transaction.
 *
 * @param slug the card's own page, under /contacts/
 * @param organisation the organisation
 * @param personName a named person, or {@code null}
 * @param role their role, or {@code null}
 * @param telephone the number as the editor wrote it, or {@code null}
 * @param email the email address, or {@code null}
 * @param website the organisation's web site, only when it is an http or https address,
 * otherwise {@code null}
 * @param region where the organisation works, or {@code null} when not recorded
 * @param lastVerifiedOn when someone last checked the details, or {@code null}
 */
public record ContactDetails(String slug, String organisation, String personName, String role, String telephone,
		String email, String website, String region, LocalDate lastVerifiedOn) {

	/** The details of a card; blank fields count as missing. */
	public static ContactDetails of(ContactCard card) {
		return new ContactDetails(card.getSlug(), card.getOrganisation(), text(card.getPersonName()),
				text(card.getRole()), text(card.getTelephone()), text(card.getEmail()),
				Links.webAddress(text(card.getWebsite())), text(card.getRegion()), card.getLastVerifiedOn());
	}

	/** The name a link to the card shows: the person's, or else the organisation's. */
	public String name() {
		return (this.personName != null) ? this.personName : this.organisation;
	}

	/** Whether the card says more than the organisation's name. */
	public boolean hasDetails() {
		return this.personName != null || this.role != null || this.telephone != null || this.email != null
				|| this.website != null;
	}

	/**
	 * The number for a {@code tel:} link: its digits and a leading plus, up to any words
	 * such as "ext".
	 */
	public String telephoneHref() {
		if (this.telephone == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder("tel:");
		for (char c : this.telephone.toCharArray()) {
			if (Character.isLetter(c)) {
				break;
			}
			if (Character.isDigit(c) || c == '+' && digits.length() == 4) {
				digits.append(c);
			}
		}
		return digits.toString();
	}

	public String emailHref() {
		return (this.email != null) ? "mailto:" + this.email : null;
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
