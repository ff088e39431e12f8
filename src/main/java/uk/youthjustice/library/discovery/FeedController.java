package uk.youthjustice.library.discovery;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Atom feeds. Feed readers poll: each response carries an ETag and Last-Modified, and
 * a reader that already has the current feed gets 304 Not Modified without a body.
 */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final AtomFeeds feeds;

	FeedController(AtomFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(PublicLinks.LIBRARY_FEED)
	ResponseEntity<byte[]> library(WebRequest request) {
		return respond(this.feeds.library(), request);
	}

	@GetMapping("/feeds/categories/{slug}.atom")
	ResponseEntity<byte[]> category(@PathVariable String slug, WebRequest request) {
		return respond(found(this.feeds.category(slug)), request);
	}

	@GetMapping("/feeds/topics/{slug}.atom")
	ResponseEntity<byte[]> topic(@PathVariable String slug, WebRequest request) {
		return respond(found(this.feeds.topic(slug)), request);
	}

	private static FeedDocument found(Optional<FeedDocument> feed) {
		return feed.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> respond(FeedDocument feed, WebRequest request) {
		// Sets ETag and Last-Modified, and the 304 status when the reader's copy is
		// current.
		if (request.checkNotModified(feed.etag(), feed.updated().toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(CACHE).build();
		}
		return ResponseEntity.ok().cacheControl(CACHE).contentType(ATOM).body(feed.xml());
	}

}
