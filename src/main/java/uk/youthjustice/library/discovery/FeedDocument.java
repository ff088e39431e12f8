package uk.youthjustice.library.discovery;

import java.time.Instant;

/**
 * A rendered Atom feed with what conditional requests compare.
 *
 * @param xml the feed, UTF-8
 * @param updated the feed's updated time, sent as Last-Modified
 * @param etag a weak entity tag of the bytes: weak, because gzip changes the bytes but
 * not the meaning
 */
record FeedDocument(byte[] xml, Instant updated, String etag) {
}
