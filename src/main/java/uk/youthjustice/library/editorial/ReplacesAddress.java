package uk.youthjustice.library.editorial;

import java.util.Locale;

/**
 * Reads the address of the resource a new one replaces as editors give it: the full
 * address of its page, the path alone (/resources/county-lines-toolkit) or just the slug.
 */
final class ReplacesAddress {

	private static final String RESOURCES = "/resources/";

	private ReplacesAddress() {
	}

	/** The slug the text names, or null when it is blank. */
	static String slugOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String path = text.strip();
		int scheme = path.indexOf("://");
		if (scheme >= 0) {
			int slash = path.indexOf('/', scheme + 3);
			path = (slash >= 0) ? path.substring(slash) : "";
		}
		path = cutAt(cutAt(path, '#'), '?');
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		int resources = path.lastIndexOf(RESOURCES);
		if (resources >= 0) {
			path = path.substring(resources + RESOURCES.length());
		}
		int slash = path.lastIndexOf('/');
		return path.substring(slash + 1).toLowerCase(Locale.ROOT);
	}

	private static String cutAt(String text, char mark) {
		int at = text.indexOf(mark);
		return (at >= 0) ? text.substring(0, at) : text;
	}

}
