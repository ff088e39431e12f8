/**
 * History: every change to a resource, contact card and taxonomy item, recorded by
 * Hibernate Envers with who and when; the admin pages that list the versions, compare any
 * two field by field and restore an earlier one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "History")
package uk.youthjustice.library.history;
