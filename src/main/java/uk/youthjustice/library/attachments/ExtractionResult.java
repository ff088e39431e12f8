package uk.youthjustice.library.attachments;

import java.util.List;

/**
 * What reading a file found.
 *
 * @param status how reading ended
 * @param reason why it failed or was refused, for editors; {@code null} when it worked
 * @param texts the text, one entry a page when {@code textByPage}, else one entry
 * @param textByPage whether the entries of {@code texts} are real pages
 * @param pageCount pages in the document, where the format records it
 * @param documentTitle the title the document gives itself
 * @param documentAuthor the author the document names
 * @param thumbnailSha256 the content address of a PNG of the first page
 * @param hasScript whether the document carries script (PDF JavaScript)
 */
public record ExtractionResult(ExtractionStatus status, String reason, List<String> texts, boolean textByPage,
		Integer pageCount, String documentTitle, String documentAuthor, String thumbnailSha256, boolean hasScript) {

	public ExtractionResult {
		texts = List.copyOf(texts);
	}

	/** Reading ended without text, with a reason for editors. */
	public static ExtractionResult unread(ExtractionStatus status, String reason) {
		return new ExtractionResult(status, reason, List.of(), false, null, null, null, null, false);
	}

}
