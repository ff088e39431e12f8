/**
 * Contact cards: the organisations and people to ask about a resource, reused across
 * resources and reviewed by their last-verified date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package uk.youthjustice.library.contacts;
