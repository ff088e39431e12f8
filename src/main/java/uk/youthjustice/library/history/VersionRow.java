package uk.youthjustice.library.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One version of an item, as the history list shows it.
 *
 * @param number 1 for the first version recorded, counting up
 * @param at when it was saved
 * @param when the same, as people in the UK write it
 * @param by the email address of whoever saved it, or "system"
 * @param change whether the item was created, changed or deleted
 * @param status a resource's status in this version (its label), or {@code null}
 * @param comparable whether it has content to compare (a deletion has none)
 * @param restorable whether it can be restored
 */
public record VersionRow(int number, Instant at, String when, String by, Change change, String status,
		boolean comparable, boolean restorable) {

	/** What happened in a version. */
	public enum Change {

		CREATED, CHANGED, DELETED

	}

	/** When it was saved, for a time element's datetime attribute. */
	public String machineTime() {
		return this.at.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public boolean isBySystem() {
		return Revision.SYSTEM.equals(this.by);
	}

}
