package uk.youthjustice.library.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an editor rejects a submission, kept with it.
 *
 * @param reason the reason, tidied like the practitioner's text
 */
record RejectForm(@NotBlank(message = "{sharing.reject.reason.required}") @Size(max = RejectForm.MAX_LENGTH,
		message = "{sharing.reject.reason.too-long}") String reason) {

	static final int MAX_LENGTH = 1000;

	RejectForm {
		reason = ShareForm.tidy(reason);
	}

	static RejectForm empty() {
		return new RejectForm("");
	}

}
