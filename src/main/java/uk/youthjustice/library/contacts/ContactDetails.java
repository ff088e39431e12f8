package uk.youthjustice.library.contacts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

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

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

	/** The details of a card; blank fields count as missing. */
	public static ContactDetails of(ContactCard card) {
		return new ContactDetails(card.getSlug(), card.getOrganisation(), text(card.getPersonName()),
				text(card.getRole()), text(card.getTelephone()), text(card.getEmail()), webAddress(card.getWebsite()),
				text(card.getRegion()), card.getLastVerifiedOn());
	}

	/** The name a link to the card shows: the person's, or else the organisation's. */
	public String name() {
		return (this.personName != null) ? this.personName : this.organisation;
	}

	/** The number for a {@code tel:} link: as written, without spaces. */
	public String telephoneHref() {
		return (this.telephone != null) ? "tel:" + SPACES.matcher(this.telephone).replaceAll("") : null;
	}

	public String emailHref() {
		return (this.email != null) ? "mailto:" + this.email : null;
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	// A web site typed by an editor must not become a javascript: or data: link.
	private static String webAddress(String value) {
		String address = text(value);
		if (address == null) {
			return null;
		}
		String lower = address.toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) ? address : null;
	}

}
