package uk.youthjustice.library.attachments.extraction;

/**
 * A file was queued to be read; once the transaction commits, the worker wakes rather
 * than waiting for its next look at the queue.
 */
record ExtractionQueued(Long attachmentId) {
}
