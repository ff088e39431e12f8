package uk.youthjustice.library.system;

/**
 * An Atom feed a page advertises in its head, beside the whole library's feed.
 *
 * @param title the feed's title
 * @param path where it is, relative to the application
 */
public record FeedLink(String title, String path) {
}
