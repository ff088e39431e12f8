package uk.youthjustice.library.catalogue;

import java.util.List;

import uk.youthjustice.library.system.ActiveFilter;
import uk.youthjustice.library.system.FilterOption;
import uk.youthjustice.library.system.Pagination;

/**
 * One page of a category or topic listing, with its filter form and active filters.
 *
 * @param kind whether a category or a topic is listed
 * @param slug the category's or topic's address
 * @param name its name, the page's heading
 * @param description one sentence about it, or {@code null}
 * @param query the filters, order and page in force
 * @param total how many resources match
 * @param resources this page's resources
 * @param pagination links to the other pages
 * @param kinds the type filter's choices
 * @param topics the topic filter's choices
 * @param evidence the evidence filter's choices
 * @param activeFilters each filter in force, with a link that removes it
 */
public record ListingPage(ListedBy kind, String slug, String name, String description, ListingQuery query, long total,
		List<ResourceSummary> resources, Pagination pagination, List<FilterOption> kinds, List<FilterOption> topics,
		List<FilterOption> evidence, List<ActiveFilter> activeFilters) {

	public String path() {
		return this.kind.path(this.slug);
	}

	/** The orders the listing can be sorted in. */
	public List<ListingSort> sorts() {
		return List.of(ListingSort.values());
	}

	/** The two things a listing can be of, and where each lives. */
	public enum ListedBy {

		CATEGORY("/categories/"), TOPIC("/topics/");

		private final String prefix;

		ListedBy(String prefix) {
			this.prefix = prefix;
		}

		public String path(String slug) {
			return this.prefix + slug;
		}

		public String feedPath(String slug) {
			return "/feeds" + this.prefix + slug + ".atom";
		}

	}

}
