package uk.youthjustice.library.search;

import java.util.List;

import uk.youthjustice.library.catalogue.ResourceSummary;
import uk.youthjustice.library.system.Pagination;

/**
 * One page of search results.
 *
 * @param terms what was searched for, as typed (trimmed), or empty
 * @param total how many public resources match
 * @param resources this page's resources, best match first
 * @param pagination links to the other pages
 */
public record SearchResults(String terms, long total, List<ResourceSummary> resources, Pagination pagination) {

	public boolean isSearch() {
		return !this.terms.isEmpty();
	}

}
