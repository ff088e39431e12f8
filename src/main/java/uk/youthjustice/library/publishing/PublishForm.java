package uk.youthjustice.library.publishing;

import jakarta.validation.constraints.Size;

/**
 * What "Publish now" sends: for a republication, an optional public change note.
 *
 * @param changeNote what changed, as readers will read it; blank for none
 */
record PublishForm(@Size(max = PublishForm.MAX_NOTE, message = "{publishing.change-note.too-long}") String changeNote) {

	/** As long as the change note column. */
	static final int MAX_NOTE = 1000;

	static PublishForm empty() {
		return new PublishForm("");
	}

}
