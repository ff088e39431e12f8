/**
 * Attachments: files kept by content address, what readers see before downloading, and
 * the text read out of them for search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package uk.youthjustice.library.attachments;
