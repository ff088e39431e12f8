package uk.youthjustice.library.catalogue;

import java.util.List;

/**
 * A listing's query string exactly as the visitor sent it. Everything is text, so binding
 * never fails; {@link ListingQuery#from} decides what of it makes sense.
 *
 * @param type resource kinds, as {@code practice-example} or {@code guidance}
 * @param topic topic slugs
 * @param age an age the resources must suit
 * @param cost {@code free} or {@code has-cost}
 * @param evidence evidence classification slugs
 * @param sort {@code newest}, {@code oldest} or {@code title}
 * @param page the page number, from 1
 */
public record ListingParameters(List<String> type, List<String> topic, String age, String cost, List<String> evidence,
		String sort, String page) {

	public ListingParameters {
		type = (type != null) ? type : List.of();
		topic = (topic != null) ? topic : List.of();
		evidence = (evidence != null) ? evidence : List.of();
	}

	public static ListingParameters none() {
		return new ListingParameters(null, null, null, null, null, null, null);
	}

}
