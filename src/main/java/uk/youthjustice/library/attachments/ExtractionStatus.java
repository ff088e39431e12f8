package uk.youthjustice.library.attachments;

/** How far reading the text out of an attachment has got. */
public enum ExtractionStatus {

	/** Waiting to be read. */
	PENDING,

	/** Text read, page by page where the format has pages. */
	EXTRACTED,

	/** A scanned document: pages but no text layer. */
	NO_TEXT_LAYER,

	/** Protected by a password, so not read. Still downloadable. */
	ENCRYPTED,

	/** Reading failed; the reason is kept. Still downloadable. */
	FAILED,

	/** A type the library stores and serves but does not read. */
	NOT_SUPPORTED

}
