package uk.youthjustice.library.legacy;

/**
 * A contact block of an item in the old hub: a youth offending team or a source
 * organisation, perhaps with a named person.
 *
 * @param organisation the YOT/YOS or the source organisation, or {@code null} when the
 * block did not name one
 * @param personName the named person, or {@code null}
 * @param telephone as written, or {@code null}
 * @param email a complete email address, or {@code null}
 * @param website an address starting with http or https, or {@code null}
 */
record ParsedContact(String organisation, String personName, String telephone, String email, String website) {

	/** How the report names the contact, such as ‘Jo Bloggs, Northtown YOT’. */
	String label() {
		if (this.personName == null) {
			return (this.organisation != null) ? this.organisation : "(unnamed)";
		}
		return (this.organisation != null) ? this.personName + ", " + this.organisation : this.personName;
	}

}
