package uk.youthjustice.library.dashboard;

import java.util.List;

import uk.youthjustice.library.system.ActiveFilter;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.FilterOption;
import uk.youthjustice.library.system.Pagination;

/**
 * One page of the admin list of every resource, with its filter form and active filters.
 *
 * @param query the filters, order and page in force
 * @param total how many resources match
 * @param rows this page's resources
 * @param pagination links to the other pages
 * @param statuses the status filter's choices
 * @param kinds the kind filter's choices
 * @param categories every category, for the category filter
 * @param sorts the orders offered
 * @param activeFilters each filter in force, with a link that removes it
 */
record ResourceListPage(ResourceListQuery query, long total, List<ResourceRow> rows, Pagination pagination,
		List<FilterOption> statuses, List<FilterOption> kinds, List<Choice> categories, List<ResourceListSort> sorts,
		List<ActiveFilter> activeFilters) {

	static final String PATH = "/admin/resources";

}
