package uk.youthjustice.library.attachments;

/**
 * An attachment was taken off its resource; search drops its text.
 *
 * @param attachmentId the attachment that was removed
 * @param resourceId the resource it belonged to
 */
public record AttachmentRemoved(Long attachmentId, Long resourceId) {
}
