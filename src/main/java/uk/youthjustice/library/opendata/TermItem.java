package uk.youthjustice.library.opendata;

/**
 * A category, topic or evidence label.
 *
 * @param slug its slug, as the resources filter takes it
 * @param name its name
 * @param description one sentence about it, or {@code null}
 * @param resourceCount how many public resources it has
 * @param links where to find it and its resources
 */
record TermItem(String slug, String name, String description, long resourceCount, TermLinks links) {

	/**
	 * Where to find a term.
	 *
	 * @param resources its public resources in this API
	 * @param html its page for people, or {@code null} (evidence labels have none)
	 */
	record TermLinks(String resources, String html) {
	}

}
