package uk.youthjustice.library.system;

/**
 * One step up from the current page, as the breadcrumbs fragment shows it. The layout
 * adds "Home" itself.
 *
 * @param label what the link says
 * @param path where it goes, relative to the application
 */
public record Breadcrumb(String label, String path) {
}
