package uk.youthjustice.library.opendata;

import java.util.List;

/**
 * A whole list: every category, topic, evidence label or contact card.
 *
 * @param <T> what is listed
 * @param items the items
 * @param links where the list is
 */
record ItemList<T>(List<T> items, SelfLink links) {

	/**
	 * Where a list is.
	 *
	 * @param self its address in this API
	 */
	record SelfLink(String self) {
	}

}
