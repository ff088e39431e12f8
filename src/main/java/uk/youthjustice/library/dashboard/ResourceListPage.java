package uk.youthjustice.library.dashboard;

import java.util.List;

import uk.youthjustice.library.system.Choice;
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

	/**
	 * A checkbox in the filter form, as {@code fragments/govuk/checkboxes} renders it.
	 *
	 * @param value the parameter value
	 * @param name the label, or {@code null} when {@code labelKey} names a message
	 * @param labelKey a message key for the label, or {@code null}
	 * @param selected whether it is ticked
	 */
	record FilterOption(String value, String name, String labelKey, boolean selected) {
	}

	/**
	 * A filter in force, shown as a tag that removes it.
	 *
	 * @param groupKey the message naming the filter ("Status")
	 * @param value the value as text, or {@code null} when {@code valueKey} names a
	 * message
	 * @param valueKey a message key for the value, or {@code null}
	 * @param removeHref the list's link without this filter
	 */
	record ActiveFilter(String groupKey, String value, String valueKey, String removeHref) {
	}

}
