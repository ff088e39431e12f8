package uk.youthjustice.library.discovery;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What search engines read first: robots.txt, and the sitemap it points them to. */
@Controller
class SitemapController {

	static final String SITEMAP = "/sitemap.xml";

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final Sitemap sitemap;

	private final PublicLinks links;

	SitemapController(Sitemap sitemap, PublicLinks links) {
		this.sitemap = sitemap;
		this.links = links;
	}

	@GetMapping(SITEMAP)
	ResponseEntity<byte[]> sitemap() {
		return ResponseEntity.ok().cacheControl(FeedController.CACHE).contentType(XML).body(this.sitemap.xml());
	}

	// Editors' and sign-in pages are no use in search results. Nor are our own search
	// pages (endless combinations of words and filters), and a crawler following result
	// links (/search/result) would count as readers choosing results.
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /admin
				Disallow: /account
				Disallow: /login
				Disallow: /search

				Sitemap: %s
				""".formatted(this.links.of(SITEMAP));
		return ResponseEntity.ok().cacheControl(FeedController.CACHE).contentType(TEXT).body(robots);
	}

}
