package uk.youthjustice.library.catalogue;

/**
 * What an editor types for a category, topic or evidence label. The text is tidied as it
 * is bound: no surrounding spaces, no control characters (PostgreSQL refuses a NUL), and
 * line breaks in the description as the browser's character count sees them.
 * {@link TermFormValidator} checks it.
 *
 * @param name the name
 * @param description a sentence or two, may be empty
 * @param position where it comes in its list, as typed; {@code null} for topics, which
 * have no position
 */
record TermForm(String name, String description, String position) {

	static final int NAME_MAX = 200;

	static final int DESCRIPTION_MAX = 1000;

	static final int POSITION_MAX = 9999;

	TermForm {
		name = oneLine(name);
		description = paragraphs(description);
		position = (position != null) ? oneLine(position) : null;
	}

	static TermForm empty(Integer position) {
		return new TermForm("", "", (position != null) ? String.valueOf(position) : null);
	}

	static TermForm of(TermDetails term, Vocabulary vocabulary) {
		return new TermForm(term.name(), term.description(),
				vocabulary.isOrdered() ? String.valueOf(term.position()) : null);
	}

	/** The description to save: {@code null} when there is none. */
	String descriptionOrNull() {
		return this.description.isEmpty() ? null : this.description;
	}

	/**
	 * The position as a number, when it is a whole number in range; otherwise
	 * {@code null}.
	 */
	Integer positionNumber() {
		if (this.position == null || !this.position.matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(this.position);
	}

	private static String oneLine(String text) {
		return (text != null) ? text.replaceAll("\\p{Cntrl}", " ").strip() : "";
	}

	private static String paragraphs(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
	}

}
