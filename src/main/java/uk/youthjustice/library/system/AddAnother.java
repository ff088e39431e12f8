package uk.youthjustice.library.system;

import java.util.List;
import java.util.function.Function;

/**
 * The server's half of the "add another" list fields (fragments/govuk/add-another.html):
 * without JavaScript, "Add another" and "Remove" submit the whole form, and the
 * controller shows it again with one item more or fewer instead of saving.
 */
public final class AddAnother {

	/** The most items a list may have, so a form cannot be grown without bound. */
	public static final int MAXIMUM_ITEMS = 50;

	private AddAnother() {
	}

	/**
	 * Whether the form was sent by an add or remove button rather than by a save.
	 * @param add the value of the "add" button, if it was pressed
	 * @param remove the value of a "remove" button, if one was pressed
	 */
	public static boolean isListEdit(String add, String remove) {
		return add != null || remove != null;
	}

	/**
	 * Adds an empty item to the list named by {@code add}, or removes the item named by
	 * {@code remove} ("field:index"). Names of lists the form does not have, and indexes
	 * out of range, change nothing.
	 * @param lists the form's mutable lists by field name, or null for an unknown name
	 */
	public static void apply(String add, String remove, Function<String, List<String>> lists) {
		if (add != null) {
			List<String> list = lists.apply(add);
			if (list != null && list.size() < MAXIMUM_ITEMS) {
				if (list.isEmpty()) {
					list.add("");
				}
				list.add("");
			}
		}
		if (remove != null) {
			int colon = remove.lastIndexOf(':');
			List<String> list = (colon > 0) ? lists.apply(remove.substring(0, colon)) : null;
			Integer index = (colon > 0) ? parseIndex(remove.substring(colon + 1)) : null;
			if (list != null && index != null && index < list.size()) {
				list.remove((int) index);
			}
		}
	}

	/** The items that hold some text, stripped: what a save keeps. */
	public static List<String> kept(List<String> items) {
		if (items == null) {
			return List.of();
		}
		return items.stream().filter((item) -> item != null && !item.isBlank()).map(String::strip).toList();
	}

	private static Integer parseIndex(String text) {
		try {
			int index = Integer.parseInt(text);
			return (index >= 0) ? index : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
