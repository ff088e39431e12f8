/**
 * Legacy import: reads the old hub’s listing pages, saved as text, into the library. A
 * pure-Java parser splits a page into items and recognises their fields and quirks; a dry
 * run reports what an import would create; the import then writes drafts (or published
 * resources) in one transaction, and a second import of the same text creates nothing.
 * Used from the admin page {@code /admin/import} and the {@code import-legacy} command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legacy import")
package uk.youthjustice.library.legacy;
