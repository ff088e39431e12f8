package uk.youthjustice.library.contacts;

/**
 * Which card an admin page is about.
 *
 * @param id its id
 * @param slug its public page, under /contacts/
 * @param organisation its organisation
 * @param personName the person named on it, or {@code null}
 */
record CardIdentity(Long id, String slug, String organisation, String personName) {

	static CardIdentity of(ContactCard card) {
		String person = card.getPersonName();
		return new CardIdentity(card.getId(), card.getSlug(), card.getOrganisation(),
				(person == null || person.isBlank()) ? null : person.strip());
	}

	/** "Organisation (Person)", or the organisation alone. */
	public String label() {
		return (this.personName != null) ? this.organisation + " (" + this.personName + ")" : this.organisation;
	}

}
