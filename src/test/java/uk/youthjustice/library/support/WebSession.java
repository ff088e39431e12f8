package uk.youthjustice.library.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One visitor's HTTP session with the library under test, without a browser: it keeps its
 * cookies, can sign in through the real sign-in form, and sends forms with or without a
 * CSRF token. Redirects are not followed. With {@link #from(String)} requests claim to
 * come through a trusted proxy from another client address (X-Forwarded-For), so tests of
 * per-address limits do not hold up each other's sign-ins from localhost.
 */
public final class WebSession {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private String clientAddress;

	private WebSession(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();
	}

	/** A visitor with no session yet. */
	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	/** A visitor signed in as this account (fails if sign-in does not succeed). */
	public static WebSession signedIn(int port, SignIn account) {
		WebSession session = new WebSession(port);
		HttpResponse<String> answer = session.signIn(account.email(), account.password());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException(
					"Sign-in as " + account.email() + " failed: " + answer.statusCode() + " " + location);
		}
		return session;
	}

	/** Sends later requests as if through a proxy from this client address. */
	public WebSession from(String address) {
		this.clientAddress = address;
		return this;
	}

	/** Posts the sign-in form, with the token from the sign-in page. */
	public HttpResponse<String> signIn(String email, String password) {
		String token = csrfToken("/login");
		return post("/login", token, "username", email, "password", password);
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	/** Posts a form with a CSRF token read from a page this session can see. */
	public HttpResponse<String> postWithToken(String path, String... fields) {
		return post(path, csrfToken("/"), fields);
	}

	/**
	 * Posts files as multipart/form-data under one field name, with a CSRF token read
	 * from a page this session can see.
	 * @param files each file's name and bytes, in order
	 */
	public HttpResponse<String> postFiles(String path, String field, Map<String, byte[]> files) {
		return postMultipart(path, Map.of(), field, files);
	}

	/**
	 * Posts a form with a CSRF token read earlier, for a test that cannot read a page
	 * just before (the database being down, say).
	 */
	public HttpResponse<String> postWithGivenToken(String path, String token, String... fields) {
		return post(path, token, fields);
	}

	/**
	 * Posts a form as multipart/form-data with text fields and one file, with a CSRF
	 * token read from a page this session can see.
	 */
	public HttpResponse<String> postForm(String path, Map<String, String> fields, String fileField, String fileName,
			byte[] bytes) {
		return postMultipart(path, fields, fileField, Map.of(fileName, bytes));
	}

	private HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			Map<String, byte[]> files) {
		String boundary = "----library-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.function.Consumer<String> text = (value) -> body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken("/"));
		all.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		files.forEach((name, bytes) -> {
			text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ name + "\"\r\nContent-Type: text/plain\r\n\r\n");
			body.writeBytes(bytes);
			text.accept("\r\n");
		});
		text.accept("--" + boundary + "--\r\n");
		return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary, "Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Posts a form with a CSRF token read from the page at {@code tokenPage}: for
	 * visitors who are not signed in, whose pages mostly carry no form with a token.
	 */
	public HttpResponse<String> postWithTokenFrom(String tokenPage, String path, String... fields) {
		return post(path, csrfToken(tokenPage), fields);
	}

	/** Sends a request with any method and no body, without a CSRF token. */
	public HttpResponse<String> send(String method, String path, String... headers) {
		return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * Sends a page's form back as a browser would, with some fields changed: every field
	 * the form holds (its CSRF token among them), repeated names kept, no button.
	 * @param page the path of the page holding the form
	 * @param formSelector which form on the page
	 * @param changes field names and their new values
	 * @return the answer to the post
	 */
	public HttpResponse<String> submit(String page, String formSelector, Map<String, String> changes) {
		HttpResponse<String> shown = get(page, "Accept", "text/html");
		Element form = Jsoup.parse(shown.body()).selectFirst(formSelector);
		if (form == null) {
			throw new IllegalStateException(
					"No form " + formSelector + " on " + page + " (" + shown.statusCode() + ")");
		}
		List<String> fields = new ArrayList<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String type = field.attr("type");
			if (type.equals("submit") || type.equals("file")
					|| ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
				continue;
			}
			String value = field.tagName().equals("textarea") ? field.wholeText()
					: field.tagName().equals("select") ? field.select("option[selected]").val() : field.val();
			fields.add(encode(field.attr("name")) + "=" + encode(changes.getOrDefault(field.attr("name"), value)));
		}
		String action = form.attr("action").isEmpty() ? page : form.attr("action");
		return send(request(action, "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))));
	}

	/** Posts a form without any CSRF token. */
	public HttpResponse<String> postWithoutToken(String path, String... fields) {
		return post(path, null, fields);
	}

	/**
	 * A CSRF token from the first form on the page at {@code path} (every page has the
	 * sign-out form when signed in).
	 */
	public String csrfToken(String path) {
		HttpResponse<String> page = get(path, "Accept", "text/html");
		Element input = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
		if (input == null) {
			throw new IllegalStateException("No CSRF token on " + path + " (" + page.statusCode() + ")");
		}
		return input.val();
	}

	/** The session cookie's value, or {@code null} before there is a session. */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> post(String path, String token, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		if (token != null) {
			form.put("_csrf", token);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		List<String> all = new ArrayList<>(List.of(headers));
		if (this.clientAddress != null) {
			all.add("X-Forwarded-For");
			all.add(this.clientAddress);
		}
		if (!all.isEmpty()) {
			request.headers(all.toArray(String[]::new));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
