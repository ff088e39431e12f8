package uk.youthjustice.library.system;

/**
 * One choice of a checkbox filter on a list of resources.
 *
 * @param value the query parameter's value
 * @param name the choice's name as text, or {@code null} when {@code labelKey} names a
 * message
 * @param labelKey a message key for the label, or {@code null}
 * @param selected whether it is ticked
 */
public record FilterOption(String value, String name, String labelKey, boolean selected) {
}
