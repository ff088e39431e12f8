/**
 * Reading attachments in the background: a job table that survives restarts and is shared
 * by every node, a worker that claims jobs with a lease, and one extractor a file format.
 */
package uk.youthjustice.library.attachments.extraction;
