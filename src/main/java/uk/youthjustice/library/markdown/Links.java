package uk.youthjustice.library.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses that editors type may become links: web pages (http, https) and email
 * (mailto). Anything else, such as {@code javascript:} or {@code data:}, could run code
 * in a reader's browser, and is shown as text instead.
 */
public final class Links {

	private static final Set<String> WEB = Set.of("http", "https");

	private static final String MAILTO = "mailto";

	private Links() {
	}

	/** Whether the address may be the target of a link in editors' text. */
	public static boolean isAllowed(String address) {
		URI uri = parse(address);
		return uri != null && (isWeb(uri) || MAILTO.equals(scheme(uri)) && uri.getSchemeSpecificPart() != null);
	}

	/**
	 * The address if it is an absolute http or https address, otherwise {@code null}: for
	 * a field such as a contact's web site, which must not become a {@code javascript:}
	 * link.
	 */
	public static String webAddress(String address) {
		URI uri = parse(address);
		return (uri != null && isWeb(uri)) ? address.strip() : null;
	}

	/** Whether the address is an http or https address, so points off the page's text. */
	public static boolean isWeb(String address) {
		URI uri = parse(address);
		return uri != null && isWeb(uri);
	}

	private static boolean isWeb(URI uri) {
		return WEB.contains(scheme(uri)) && uri.getHost() != null;
	}

	private static String scheme(URI uri) {
		return (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
	}

	private static URI parse(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(address.strip());
			return uri.isAbsolute() ? uri : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
