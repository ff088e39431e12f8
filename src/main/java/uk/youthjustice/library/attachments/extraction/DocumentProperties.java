package uk.youthjustice.library.attachments.extraction;

/** Document properties (title, author) as files record them, made fit to keep. */
final class DocumentProperties {

	/** The width of the columns they are kept in. */
	static final int MAX_LENGTH = 1000;

	private DocumentProperties() {
	}

	/**
	 * @param value a property as read, possibly {@code null}
	 * @return the value without NUL characters, trimmed and cut to fit, or {@code null}
	 * when blank
	 */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String clean = value.replace("\u0000", "").strip();
		if (clean.isEmpty()) {
			return null;
		}
		if (clean.length() <= MAX_LENGTH) {
			return clean;
		}
		int end = Character.isHighSurrogate(clean.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
		return clean.substring(0, end);
	}

}
