package uk.youthjustice.library.search;

import java.util.List;

/**
 * The search page's query string exactly as the visitor sent it. Everything is text, so
 * binding never fails; {@link SearchQuery#from} decides what of it makes sense.
 *
 * @param q the words, in the query language people use ({@link PeopleQuery})
 * @param category category slugs
 * @param type resource kinds: {@code practice-example}, {@code guidance}
 * @param topic topic slugs
 * @param age an age the resources must suit
 * @param cost {@code free}, {@code has-cost}
 * @param evidence evidence classification slugs
 * @param publisher publishers, as written on the resources
 * @param year years of first publication
 * @param documents {@code yes} for resources with attached files only
 * @param sort {@code relevance} (default), {@code newest}, {@code oldest} or
 * {@code title}
 * @param page the page number, from 1
 */
public record SearchParameters(String q, List<String> category, List<String> type, List<String> topic, String age,
		List<String> cost, List<String> evidence, List<String> publisher, List<String> year, String documents,
		String sort, String page) {

	public SearchParameters {
		category = (category != null) ? category : List.of();
		type = (type != null) ? type : List.of();
		topic = (topic != null) ? topic : List.of();
		cost = (cost != null) ? cost : List.of();
		evidence = (evidence != null) ? evidence : List.of();
		publisher = (publisher != null) ? publisher : List.of();
		year = (year != null) ? year : List.of();
	}

	/** A search for these words with no filters, best match first. */
	public static SearchParameters words(String q) {
		return new SearchParameters(q, null, null, null, null, null, null, null, null, null, null, null);
	}

}
