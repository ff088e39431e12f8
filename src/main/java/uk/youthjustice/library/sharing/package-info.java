/**
 * Sharing: the public "Share your practice" form, where practitioners send in practice
 * examples, and the moderation queue where editors turn them into draft resources or
 * reject them. Nothing sent in is published without an editor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing")
package uk.youthjustice.library.sharing;
