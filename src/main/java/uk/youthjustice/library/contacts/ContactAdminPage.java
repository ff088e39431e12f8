package uk.youthjustice.library.contacts;

import java.time.LocalDate;
import java.util.List;

import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.Pagination;

/**
 * One page of the admin contact list.
 *
 * @param query the search words shown back in the box
 * @param region the region chosen, or empty for all
 * @param staleOnly whether only cards not verified in 12 months are shown
 * @param regions the region filter's choices, without "All regions"
 * @param total how many cards match
 * @param rows the cards on this page
 * @param pagination links to the other pages
 */
record ContactAdminPage(String query, String region, boolean staleOnly, List<Choice> regions, long total,
		List<Row> rows, Pagination pagination) {

	/** Whether any filter or search narrows the list. */
	public boolean filtered() {
		return !this.query.isEmpty() || !this.region.isEmpty() || this.staleOnly;
	}

	/**
	 * A card in the list.
	 *
	 * @param id its id, for its edit page
	 * @param organisation its organisation
	 * @param personName the person named on it, or {@code null}
	 * @param email its email address, or {@code null}
	 * @param region its region, or {@code null}
	 * @param lastVerifiedOn when it was last checked, or {@code null} if never
	 * @param stale whether that was over 12 months ago, or never
	 */
	record Row(Long id, String organisation, String personName, String email, String region, LocalDate lastVerifiedOn,
			boolean stale) {
	}

}
