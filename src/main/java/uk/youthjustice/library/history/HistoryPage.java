package uk.youthjustice.library.history;

import java.util.List;

/**
 * An item's history: its versions, newest first, and which two the compare form starts
 * with.
 *
 * @param item the item
 * @param versions every recorded version, newest first
 * @param defaultFrom the version before the latest that has content, or 0 when there is
 * nothing to compare
 * @param defaultTo the latest version that has content, or 0
 */
public record HistoryPage(Item item, List<VersionRow> versions, int defaultFrom, int defaultTo) {

	/**
	 * Whether at least two versions have content, so the compare form is worth showing.
	 */
	public boolean canCompare() {
		return this.defaultFrom > 0;
	}

	/** Whether a status column is worth showing: only resources have one. */
	public boolean hasStatus() {
		return this.item.type() == ItemType.RESOURCE;
	}

}
