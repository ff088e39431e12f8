/**
 * Serving attachments: files with ranges and conditional requests, first-page pictures,
 * all of a resource's files as one zip, and download counts kept without slowing the
 * download.
 */
package uk.youthjustice.library.attachments.download;
