/**
 * The admin dashboard: what needs an editor's attention (drafts, scheduled publications,
 * reviews due, contact cards not verified, readers' feedback), the list of every resource
 * in any status, and the "due for review" list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package uk.youthjustice.library.dashboard;
