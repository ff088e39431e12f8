package uk.youthjustice.library.search;

import java.util.List;

import uk.youthjustice.library.system.ActiveFilter;
import uk.youthjustice.library.system.Pagination;

/**
 * Everything the search page shows.
 *
 * @param query what was asked, after dropping what makes no sense
 * @param total how many public resources match
 * @param hits this page's results
 * @param facets the filters, each option with how many results it would give
 * @param activeFilters each filter in force, with a link that removes it
 * @param pagination links to the other pages
 * @param suggestion a differently spelt search that finds more, or {@code null}
 * @param relaxed whether no resource had every word, so these have some of them
 * @param rebuilding whether the index is being rebuilt, so results may be missing
 * @param searchId the analytics record of this search, for counting clicks; or
 * {@code null}
 */
public record SearchPage(SearchQuery query, long total, List<SearchHit> hits, List<Facet> facets,
		List<ActiveFilter> activeFilters, Pagination pagination, Suggestion suggestion, boolean relaxed,
		boolean rebuilding, Long searchId) {

	public SearchPage withSearchId(Long id) {
		return new SearchPage(this.query, this.total, this.hits, this.facets, this.activeFilters, this.pagination,
				this.suggestion, this.relaxed, this.rebuilding, id);
	}

	/** The orders the results can be sorted in. */
	public List<SearchSort> sorts() {
		return List.of(SearchSort.values());
	}

	/**
	 * A filter in the form.
	 *
	 * @param parameter the query parameter
	 * @param labelKey the message naming it
	 * @param options its choices
	 */
	public record Facet(String parameter, String labelKey, List<FacetOption> options) {
	}

	/**
	 * One choice of a filter.
	 *
	 * @param value the parameter value
	 * @param label the label, or {@code null} when {@code labelKey} names a message
	 * @param labelKey a message key for the label, or {@code null}
	 * @param count how many results there would be with it ticked
	 * @param selected whether it is ticked
	 */
	public record FacetOption(String value, String label, String labelKey, long count, boolean selected) {
	}

	/**
	 * “Did you mean …?”
	 *
	 * @param words the suggested words
	 * @param href the search for them, with the same filters
	 * @param shown whether the hits are this search's, the words as typed having found
	 * nothing
	 */
	public record Suggestion(String words, String href, boolean shown) {
	}

}
