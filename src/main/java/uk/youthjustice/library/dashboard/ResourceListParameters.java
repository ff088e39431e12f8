package uk.youthjustice.library.dashboard;

import java.util.List;

/**
 * The admin resource list's query string exactly as sent. Everything is text, so binding
 * never fails; {@link ResourceListQuery#from} decides what of it makes sense.
 *
 * @param q words to find in titles and summaries
 * @param status statuses, as {@code draft}, {@code scheduled}, {@code published} or
 * {@code archived}
 * @param kind resource kinds, as {@code practice-example} or {@code guidance}
 * @param category a category's slug
 * @param mine {@code yes} for only the resources the signed-in editor created or changed
 * @param sort {@code changed}, {@code title} or {@code published}
 * @param page the page number, from 1
 */
record ResourceListParameters(String q, List<String> status, List<String> kind, String category, String mine,
		String sort, String page) {

	ResourceListParameters {
		status = (status != null) ? status : List.of();
		kind = (kind != null) ? kind : List.of();
	}

	static ResourceListParameters none() {
		return new ResourceListParameters(null, null, null, null, null, null, null);
	}

}
