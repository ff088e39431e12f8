package uk.youthjustice.library.editorial;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.attachments.FileKind;
import uk.youthjustice.library.attachments.FileSize;

/**
 * An attachment as the admin pages list it: what readers see of it, how often it was
 * downloaded and how far reading its text has got.
 *
 * @param id the attachment's id
 * @param resourceId the resource it belongs to
 * @param title what readers see
 * @param fileName its file name
 * @param path where it is downloaded
 * @param kind what sort of file it is, for its label
 * @param size its size
 * @param pageCount its pages, where known
 * @param downloadCount how often it was downloaded
 * @param status how far reading its text has got
 * @param reason why reading failed, when it did
 * @param accessibleFormatOnRequest whether an accessible format is available on request
 * @param first whether it is first in its resource's list
 * @param last whether it is last
 */
public record AttachmentRow(long id, long resourceId, String title, String fileName, String path, FileKind kind,
		FileSize size, Integer pageCount, long downloadCount, ExtractionStatus status, String reason,
		boolean accessibleFormatOnRequest, boolean first, boolean last) {

	static AttachmentRow of(Attachment attachment, boolean first, boolean last) {
		return new AttachmentRow(attachment.getId(), attachment.getResourceId(), attachment.getTitle(),
				attachment.getFileName(), attachment.getDownloadPath(), attachment.getKind(), attachment.getSize(),
				attachment.getPageCount(), attachment.getDownloadCount(), attachment.getExtractionStatus(),
				attachment.getExtractionError(), attachment.isAccessibleFormatOnRequest(), first, last);
	}

	/** The GOV.UK tag colour of its reading status. */
	public String statusColour() {
		return switch (this.status) {
			case PENDING -> "blue";
			case EXTRACTED -> "green";
			case NO_TEXT_LAYER, ENCRYPTED -> "yellow";
			case FAILED -> "red";
			case NOT_SUPPORTED -> "grey";
		};
	}

	/**
	 * Whether screen readers are likely to struggle with it (scanned, encrypted or
	 * unreadable) while no accessible format is offered: the editor is told so.
	 */
	public boolean needsAccessibleFormat() {
		return !this.accessibleFormatOnRequest && (this.status == ExtractionStatus.NO_TEXT_LAYER
				|| this.status == ExtractionStatus.ENCRYPTED || this.status == ExtractionStatus.FAILED);
	}

}
