package uk.youthjustice.library.publishing;

/**
 * Something a resource must have before it may be published. Each names the field of the
 * edit form that provides it, so that a list of what is missing can link to each field,
 * and a message {@code publishing.missing.<NAME>} that says what to do.
 */
public enum Requirement {

	TITLE("title"), SUMMARY("summary"), DESCRIPTION("description"), CATEGORY("category"), AIM("aims[0]"),
	IMPLEMENTATION_STEP("steps[0]"), CONTACT("contactToAdd"), EVIDENCE("evidence"), PUBLISHER("publisher"),
	LINK_OR_ATTACHMENT("externalUrl"),

	/**
	 * What it replaces must be an earlier edition: not itself, nor one that already
	 * replaces it, or each page would say the other replaced it.
	 */
	REPLACES_EARLIER_EDITION("replaces");

	private final String field;

	Requirement(String field) {
		this.field = field;
	}

	/**
	 * The id of the edit form's field that meets the requirement: for a list, its first
	 * box; for contacts, the list to pick one from.
	 */
	public String field() {
		return this.field;
	}

	/** The message saying what to add. */
	public String messageKey() {
		return "publishing.missing." + name();
	}

}
