package uk.youthjustice.library.editorial;

import java.util.List;

/** What became of saving an edit form. */
public sealed interface SaveResult {

	/** The change is saved. */
	record Saved(long id) implements SaveResult {
	}

	/**
	 * Someone else saved the resource since the form was filled in, so nothing was saved.
	 *
	 * @param saved the resource as it is now saved
	 * @param yours the editor's input, now based on the saved version
	 * @param differences the fields where the two differ
	 */
	record Conflict(EditPage saved, ResourceForm yours, List<Difference> differences) implements SaveResult {
	}

	/**
	 * One field that differs between the saved version and an editor's input.
	 *
	 * @param label the message key of the field's label
	 * @param saved the saved value, one line an item (empty when the field is empty)
	 * @param yours the editor's value, likewise
	 */
	record Difference(String label, List<String> saved, List<String> yours) {
	}

}
