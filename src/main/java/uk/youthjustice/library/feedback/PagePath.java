package uk.youthjustice.library.feedback;

import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a piece of feedback is about: a path on this site, relative to the
 * application's context path, or "/" when what a client sent is anything else. Because
 * every redirect and link back to "the page you were on" uses it, it can never send a
 * reader to another site.
 */
final class PagePath {

	static final String HOME = "/";

	static final int MAX_LENGTH = 500;

	// A single leading slash, then only unreserved and sub-delimiter characters, ':' '@'
	// and well-formed percent escapes: no scheme, no "//" or "\" (which browsers read as
	// another host), no query, fragment, braces, spaces or control characters.
	private static final Pattern SAFE = Pattern.compile("/(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*");

	private PagePath() {
	}

	/** The candidate if it is a safe same-site path, otherwise the home page. */
	static String orHome(String candidate) {
		if (candidate == null || candidate.length() > MAX_LENGTH || candidate.contains("//")
				|| !SAFE.matcher(candidate).matches()) {
			return HOME;
		}
		return candidate;
	}

	/**
	 * The page a request shows: on an error page, the address that was asked for, not the
	 * error page's own.
	 */
	static String of(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String failedUri) ? failedUri : request.getRequestURI();
		String contextPath = request.getContextPath();
		if (!contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		return orHome(uri);
	}

}
