/**
 * The open data API: the library’s public content as read-only JSON under
 * {@code /api/v1}, described by an OpenAPI document, and the page that introduces it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data API")
package uk.youthjustice.library.opendata;
