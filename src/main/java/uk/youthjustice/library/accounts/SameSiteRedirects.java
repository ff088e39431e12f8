package uk.youthjustice.library.accounts;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Redirects to the path and query of the address asked for, never to its host. The page
 * saved before sign-in is an absolute URL built from the request's Host (or a proxy's
 * X-Forwarded-Host), which a forged header would point at another site; and a path
 * starting with two slashes or a backslash is another site to a browser. Anything not a
 * plain path on this site leads to {@code fallback} instead.
 */
class SameSiteRedirects extends DefaultRedirectStrategy {

	private final String fallback;

	SameSiteRedirects(String fallback) {
		this.fallback = fallback;
	}

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		super.sendRedirect(request, response, local(url, request.getContextPath()));
	}

	/** The path and query of {@code url} without the context path, or the fallback. */
	String local(String url, String contextPath) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return this.fallback;
		}
		String path = uri.getRawPath();
		if (path == null || !path.startsWith(contextPath + "/") || path.contains("\\")) {
			return this.fallback;
		}
		path = path.substring(contextPath.length());
		if (path.startsWith("//")) {
			return this.fallback;
		}
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

}
