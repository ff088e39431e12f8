package uk.youthjustice.library.system;

/**
 * A filter in force on a list of resources (a category's listing, the search results, the
 * editors' list), shown as a tag that removes it; see the {@code fragments/filters}
 * template.
 *
 * @param groupKey the message naming the filter (“Topic”)
 * @param value the value as text, or {@code null} when {@code valueKey} names a message
 * @param valueKey a message key for the value, or {@code null}
 * @param removeHref the same list without this filter
 */
public record ActiveFilter(String groupKey, String value, String valueKey, String removeHref) {
}
