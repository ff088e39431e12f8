package uk.youthjustice.library.discovery;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import uk.youthjustice.library.catalogue.ListingPage.ListedBy;
import uk.youthjustice.library.system.PublicAddress;

/** Absolute addresses of the public pages that feeds and the sitemap point to. */
@Component
class PublicLinks {

	static final String LIBRARY_FEED = "/feeds/library.atom";

	// The year the library first used its address. It is part of every tag URI (RFC
	// 4151) the library mints, so it must never change.
	private static final String TAG_YEAR = "2026";

	private final PublicAddress address;

	private final String tagPrefix;

	PublicLinks(PublicAddress address) {
		this.address = address;
		this.tagPrefix = "tag:" + URI.create(address.of("/")).getHost() + "," + TAG_YEAR + ":";
	}

	String of(String path) {
		return this.address.of(path);
	}

	String resource(String slug) {
		return of("/resources/" + segment(slug));
	}

	String listing(ListedBy kind, String slug) {
		return of(kind.path(segment(slug)));
	}

	String feed(ListedBy kind, String slug) {
		return of(kind.feedPath(segment(slug)));
	}

	String contact(String slug) {
		return of("/contacts/" + segment(slug));
	}

	/**
	 * A resource's Atom id. Its address changes with its slug; its id must not, or feed
	 * readers would show it again as new.
	 */
	String resourceTag(long id) {
		return this.tagPrefix + "resource:" + id;
	}

	// Slugs are plain words and hyphens, but an address must stay an address whatever an
	// editor typed.
	private static String segment(String slug) {
		return UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

}
