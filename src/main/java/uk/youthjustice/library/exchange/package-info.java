/**
 * Export and import of the whole library as one zip: a versioned JSON manifest
 * (docs/export-format.md) and the attached files' bytes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package uk.youthjustice.library.exchange;
