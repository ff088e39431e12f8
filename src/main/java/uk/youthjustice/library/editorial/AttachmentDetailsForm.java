package uk.youthjustice.library.editorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor may change about an attachment once attached: its title and whether an
 * accessible format is available on request.
 *
 * @param title what readers see, required
 * @param accessibleFormatOnRequest whether an accessible format is available on request
 */
record AttachmentDetailsForm(
		@NotBlank(message = "{editorial.attachment.title.required}") @Size(max = AttachmentForm.TITLE_LIMIT,
				message = "{editorial.attachment.title.too-long}") String title,
		Boolean accessibleFormatOnRequest) {

	AttachmentDetailsForm {
		accessibleFormatOnRequest = Boolean.TRUE.equals(accessibleFormatOnRequest);
	}

	static AttachmentDetailsForm of(AttachmentRow row) {
		return new AttachmentDetailsForm(row.title(), row.accessibleFormatOnRequest());
	}

}
