package uk.youthjustice.library.attachments;

/**
 * Reading an attachment has finished, whatever its outcome; search re-indexes the
 * resource.
 *
 * @param attachmentId the attachment
 * @param resourceId the resource it belongs to
 * @param status how reading ended
 */
public record AttachmentTextExtracted(Long attachmentId, Long resourceId, ExtractionStatus status) {
}
