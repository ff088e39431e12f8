package uk.youthjustice.library.opendata;

import java.time.LocalDate;

/**
 * A contact card, as the public contact directory shows it.
 *
 * @param slug its slug
 * @param organisation the organisation
 * @param personName a named person, or {@code null}
 * @param role their role, or {@code null}
 * @param telephone the number as written, or {@code null}
 * @param email the email address, or {@code null}
 * @param website the organisation’s web site (http or https), or {@code null}
 * @param region where the organisation works, or {@code null}
 * @param lastVerifiedOn when someone last checked the details, or {@code null}
 * @param links where to find it
 */
record ContactItem(String slug, String organisation, String personName, String role, String telephone, String email,
		String website, String region, LocalDate lastVerifiedOn, ContactLinks links) {

	/**
	 * Where to find a contact card.
	 *
	 * @param html its page for people
	 */
	record ContactLinks(String html) {
	}

}
