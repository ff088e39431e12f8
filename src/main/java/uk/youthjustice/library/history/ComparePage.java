package uk.youthjustice.library.history;

import java.util.List;

/**
 * Two versions of an item side by side: only the fields that differ.
 *
 * @param item the item
 * @param from the earlier version
 * @param to the later version
 * @param changes each field that differs, in the item's field order
 */
public record ComparePage(Item item, VersionRow from, VersionRow to, List<FieldChange> changes) {

	/** Whether the same version was chosen twice. */
	public boolean sameVersion() {
		return this.from.number() == this.to.number();
	}

}
