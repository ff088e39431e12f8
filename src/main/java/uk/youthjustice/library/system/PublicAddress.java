package uk.youthjustice.library.system;

import org.springframework.stereotype.Component;

/**
 * Absolute links to the library's own pages, for canonical links, feeds and the sitemap.
 * They come from {@code library.base-url}, never from the request's Host header, which a
 * client controls.
 */
@Component
public class PublicAddress {

	private final String baseUrl;

	PublicAddress(LibraryProperties properties) {
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	/** The absolute URL of a path such as {@code /resources/slug}. */
	public String of(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
