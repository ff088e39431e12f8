package uk.youthjustice.library.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP requests to the library under test, as a client other than a browser sends
 * them. Redirects are not followed, so tests see each 301 and 302 themselves.
 */
public final class LocalHttp {

	/**
	 * Long beyond any page's answer: a library that does not answer (a test's lock it
	 * waits for, say) fails the test instead of holding the build until CI gives up.
	 */
	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private LocalHttp() {
	}

	/** GET of a path on localhost, with header name/value pairs. */
	public static HttpResponse<String> get(int port, String path, String... headers) {
		return get(URI.create("http://localhost:" + port + path), headers);
	}

	/**
	 * GET of a page, asking for HTML as a browser does, with more header name/value
	 * pairs.
	 */
	public static HttpResponse<String> getPage(int port, String path, String... headers) {
		return get(port, path, withAcceptHtml(headers));
	}

	/** GET of an absolute URL, asking for HTML, with more header name/value pairs. */
	public static HttpResponse<String> getPage(String url, String... headers) {
		return get(URI.create(url), withAcceptHtml(headers));
	}

	private static HttpResponse<String> get(URI uri, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String[] withAcceptHtml(String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Accept";
		all[1] = "text/html";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return all;
	}

}
