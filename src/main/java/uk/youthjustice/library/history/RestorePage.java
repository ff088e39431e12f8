package uk.youthjustice.library.history;

import java.util.List;

/**
 * The question before an earlier version is restored.
 *
 * @param item the item
 * @param version the version to restore
 * @param latest the number of the latest version, to compare it with
 * @param leftOut names of what the version refers to that no longer exists (topics,
 * contacts, an evidence label), which the restored draft will not have
 * @param problem a message key saying why the version cannot be restored, or {@code null}
 */
public record RestorePage(Item item, VersionRow version, int latest, List<String> leftOut, String problem) {

	public boolean canRestore() {
		return this.problem == null;
	}

}
