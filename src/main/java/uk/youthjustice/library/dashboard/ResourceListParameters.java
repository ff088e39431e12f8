package uk.youthjustice.library.dashboard;

import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * The admin resource list's query string exactly as sent. Everything is text, read by
 * name from the query string, so nothing can fail to bind (not even
 * {@code status[99999]}, which data binding would take for a list index);
 * {@link ResourceListQuery#from} decides what of it makes sense.
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

	static ResourceListParameters of(MultiValueMap<String, String> query) {
		return new ResourceListParameters(query.getFirst("q"), query.get("status"), query.get("kind"),
				query.getFirst("category"), query.getFirst("mine"), query.getFirst("sort"), query.getFirst("page"));
	}

	static ResourceListParameters none() {
		return new ResourceListParameters(null, null, null, null, null, null, null);
	}

}
