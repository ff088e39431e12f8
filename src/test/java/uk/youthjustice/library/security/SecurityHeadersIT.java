package uk.youthjustice.library.security;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on every kind of response the library sends: pages, errors,
 * refusals, redirects, downloads, thumbnails, static files, feeds, the sitemap, the API's
 * answers and errors, and operations. HSTS is sent only over HTTPS (Spring Security's
 * rule: a browser ignores it over plain HTTP), which the tests claim through a trusted
 * proxy's X-Forwarded-Proto.
 */
@WithLibrary
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private WebSession editor;

	private SeededData seeded;

	@BeforeAll
	void signIn() {
		SignIn account = SignIn.newAccount(this.accounts, Role.EDITOR);
		this.editor = WebSession.signedIn(this.port, account);
		this.seeded = SeededData.lookUp(this.jdbc, this.port, account.email());
	}

	Stream<Kind> responses() {
		return Stream.of(
		// @formatter:off
			kind("HTML page", 200, () -> get(anonymous(), "/")),
			kind("HTML page over HTTPS", 200, () -> anonymous().get("/", "X-Forwarded-Proto", "https")),
			kind("404 page", 404, () -> get(anonymous(), "/no-such-page")),
			kind("500 page", 500, () -> get(anonymous(), "/test-support/failing-page")),
			kind("403 page", 403, () -> get(this.editor, "/admin/users")),
			kind("403 forged form", 403, () -> anonymous().postWithoutToken("/share")),
			kind("redirect to sign in", 302, () -> get(anonymous(), "/admin")),
			kind("redirect after sign in", 302, () -> anonymous().signIn("nobody@example.org", "wrong password here")),
			kind("download", 200, () -> anonymous().get(this.seeded.get("file"))),
			kind("download, HEAD", 200, () -> anonymous().send("HEAD", this.seeded.get("file"))),
			kind("missing download", 404, () -> anonymous().get("/files/999999999/missing.pdf")),
			kind("thumbnail", 200, () -> anonymous().get(this.seeded.get("thumbnail"))),
			kind("zip of attachments", 200, () -> anonymous().get("/resources/" + this.seeded.get("publishedSlug") + "/attachments.zip")),
			kind("static stylesheet", 200, () -> anonymous().get("/assets/css/library.css")),
			kind("static script", 200, () -> anonymous().get("/assets/js/reveal.js")),
			kind("WebJar", 200, () -> anonymous().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")),
			kind("Atom feed", 200, () -> anonymous().get("/feeds/library.atom")),
			kind("sitemap", 200, () -> anonymous().get("/sitemap.xml")),
			kind("robots.txt", 200, () -> anonymous().get("/robots.txt")),
			kind("API JSON", 200, () -> anonymous().get("/api/v1/categories")),
			kind("API JSON over HTTPS", 200, () -> anonymous().get("/api/v1/categories", "X-Forwarded-Proto", "https")),
			kind("API 400 problem", 400, () -> anonymous().get("/api/v1/resources?age=old")),
			kind("API 404 problem", 404, () -> anonymous().get("/api/v1/no-such-thing")),
			kind("API 405 problem", 405, () -> anonymous().postWithoutToken("/api/v1/resources")),
			kind("OpenAPI document", 200, () -> anonymous().get("/api/v1/openapi.json")),
			kind("actuator health", 200, () -> anonymous().get("/actuator/health")),
			kind("actuator 401", 401, () -> anonymous().get("/actuator/prometheus")),
			kind("request refused by Tomcat", 400, () -> anonymous().get("/files/1/..%2F..%2Fetc%2Fpasswd")),
			kind("API request refused by Tomcat", 400, () -> anonymous().get("/api/v1/resources/a%2Fb")),
			kind("request refused by Spring Security's firewall", 400, () -> anonymous().get("/resources/a%0Ab")),
			kind("API request refused by Spring Security's firewall", 400, () -> anonymous().get("/api/v1/resources/a%0Ab"))
		// @formatter:on
		);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("responses")
	void everyResponseCarriesTheSecurityHeaders(Kind kind) {
		HttpResponse<String> answer = kind.request().get();
		assertThat(answer.statusCode()).as(kind.name()).isEqualTo(kind.status());
		HttpHeaders headers = answer.headers();
		assertThat(headers.firstValue("Content-Security-Policy")).as(kind.name() + ": CSP")
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'")
				.containsAnyOf("default-src 'self'", "default-src 'none'"));
		assertThat(headers.firstValue("X-Content-Type-Options")).as(kind.name()).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).as(kind.name()).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).as(kind.name()).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).as(kind.name())
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()"));
		if (kind.name().endsWith("over HTTPS")) {
			assertThat(headers.firstValue("Strict-Transport-Security")).as(kind.name())
				.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
		}
		else {
			assertThat(headers.firstValue("Strict-Transport-Security")).as(kind.name() + ": no HSTS over HTTP")
				.isEmpty();
		}
	}

	/** Pages with a session never go into a shared cache. */
	@Test
	void signedInPagesAreNotCached() {
		HttpResponse<String> answer = get(this.editor, "/admin");
		assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cacheControl) -> assertThat(cacheControl).containsAnyOf("no-store", "private", "no-cache"));
	}

	private WebSession anonymous() {
		return WebSession.anonymous(this.port);
	}

	private static HttpResponse<String> get(WebSession session, String path) {
		return session.get(path, "Accept", "text/html");
	}

	private static Kind kind(String name, int status, Supplier<HttpResponse<String>> request) {
		return new Kind(name, status, request);
	}

	/**
	 * One kind of response.
	 *
	 * @param name what it is
	 * @param status the status it comes with
	 * @param request how to get one
	 */
	record Kind(String name, int status, Supplier<HttpResponse<String>> request) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
