package uk.youthjustice.library.editorial;

import java.util.Locale;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * An attachment as the admin pages list it: what readers see of it, how often it was
 * downloaded and how far reading its text has got.
 *
 * @param id the attachment's id
 * @param resourceId the resource it belongs to
 * @param title what readers see
 * @param fileName its file name, the end of its download address
 * @param type what sort of file it is, for its label
 * @param sizeBytes its size
 * @param pageCount its pages, where known
 * @param downloadCount how often it was downloaded
 * @param status how far reading its text has got
 * @param reason why reading failed, when it did
 * @param accessibleFormatOnRequest whether an accessible format is available on request
 * @param first whether it is first in its resource's list
 * @param last whether it is last
 */
public record AttachmentRow(long id, long resourceId, String title, String fileName, Type type, long sizeBytes,
		Integer pageCount, long downloadCount, ExtractionStatus status, String reason,
		boolean accessibleFormatOnRequest, boolean first, boolean last) {

	private static final String[] UNITS = { "BYTES", "KB", "MB", "GB" };

	private static final double STEP = 1024;

	static AttachmentRow of(Attachment attachment, boolean first, boolean last) {
		return new AttachmentRow(attachment.getId(), attachment.getResourceId(), attachment.getTitle(),
				attachment.getFileName(), Type.of(attachment.getMediaType()), attachment.getSizeBytes(),
				attachment.getPageCount(), attachment.getDownloadCount(), attachment.getExtractionStatus(),
				attachment.getExtractionError(), attachment.isAccessibleFormatOnRequest(), first, last);
	}

	/** The unit that keeps the size under 1,024 of it: BYTES, KB, MB or GB. */
	public String sizeUnit() {
		return UNITS[unitIndex()];
	}

	/** The size in {@link #sizeUnit()}, for showing to one decimal place. */
	public double sizeAmount() {
		return this.sizeBytes / Math.pow(STEP, unitIndex());
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

	private int unitIndex() {
		int index = 0;
		double size = this.sizeBytes;
		while (size >= STEP && index < UNITS.length - 1) {
			size /= STEP;
			index++;
		}
		return index;
	}

	/** The sorts of file the library accepts, as editors know them. */
	public enum Type {

		PDF, WORD, OPEN_DOCUMENT, SPREADSHEET, PRESENTATION, CSV, TEXT, OTHER;

		static Type of(String mediaType) {
			String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
			if (type.equals("application/pdf")) {
				return PDF;
			}
			if (type.equals("application/msword") || type.contains("wordprocessingml")) {
				return WORD;
			}
			if (type.equals("application/vnd.oasis.opendocument.text")) {
				return OPEN_DOCUMENT;
			}
			if (type.equals("application/vnd.ms-excel") || type.contains("spreadsheetml")) {
				return SPREADSHEET;
			}
			if (type.contains("presentationml") || type.equals("application/vnd.ms-powerpoint")) {
				return PRESENTATION;
			}
			if (type.equals("text/csv")) {
				return CSV;
			}
			return type.startsWith("text/plain") ? TEXT : OTHER;
		}

	}

}
