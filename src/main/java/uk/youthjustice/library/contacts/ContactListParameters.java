package uk.youthjustice.library.contacts;

/**
 * The admin contact list's query string, as text: binding never fails, and what makes no
 * sense is ignored.
 *
 * @param q words to find in the organisation, person's name or email address
 * @param region a region's name, {@link ContactDirectoryPage#NOT_RECORDED}, or empty for
 * all
 * @param stale "true" for only the cards not verified in the last 12 months
 * @param page the page number
 */
record ContactListParameters(String q, String region, String stale, String page) {

	static final int QUERY_MAX = 200;

	ContactListParameters {
		q = tidy(q);
		region = tidy(region);
	}

	boolean staleOnly() {
		return "true".equals(this.stale);
	}

	private static String tidy(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\p{Cntrl}", " ").strip();
		return (line.length() > QUERY_MAX) ? line.substring(0, QUERY_MAX) : line;
	}

}
