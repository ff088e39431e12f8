package uk.youthjustice.library.history;

import java.util.Map;

/**
 * What one version of an item says, ready to compare with another.
 *
 * @param name what the item is called in that version
 * @param fields each field's message key and its value: text, a list of text, or
 * {@code null}
 */
record Snapshot(String name, Map<String, Object> fields) {
}
