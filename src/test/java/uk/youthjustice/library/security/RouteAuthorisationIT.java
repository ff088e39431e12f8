package uk.youthjustice.library.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.search.index.SearchIndexTesting;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the running library answers, from all of Spring MVC's handler mappings
 * (controllers, the open data API, springdoc, actuator, the error page), with who may use
 * it. A route without a row fails {@link #everyRouteHasARow()}, so none is added without
 * deciding who may use it. Each row is then tried anonymously, as an editor and as an
 * administrator, and every state-changing one without a CSRF token.
 * <p>
 * Sample URLs name demo records ({@code {draft}}, {@code {contact}}, see
 * {@link SeededData}) for pages that read. Forms that change or delete a record are sent,
 * when allowed, to an id that does not exist or with a body that is refused, so the
 * matrix leaves the content as it was; the CSRF test sends them to real records.
 */
@WithLibrary
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorisationIT {

	private static final String GET = "GET";

	private static final String HEAD = "HEAD";

	private static final String POST = "POST";

	/** A mapping that answers every HTTP method (Spring Boot's error page). */
	private static final String ANY = "ANY";

	/** A record that does not exist, for forms that would change a real one. */
	private static final String NONE = "999999999";

	private static final String HISTORY = "/admin/{type:resources|contacts|categories|topics|evidence}/{id:[0-9]+}/history";

	private static final String ATTACHMENTS = "/admin/resources/{id:\\d+}/attachments";

	private static final String ATTACHMENT = ATTACHMENTS + "/{attachmentId:\\d+}";

	private static final String CONTACT = "/admin/contacts/{id:\\d{1,18}}";

	private static final String TERMS = "/admin/{vocabulary:categories|topics|evidence}";

	private static final String TERM = TERMS + "/{id:\\d{1,18}}";

	private static final String SUBMISSION = "/admin/submissions/{id:\\d{1,18}}";

	/** The table: one line per route and method. */
	static final List<Row> ROUTES = List.of(
	// @formatter:off
		// The public library
		row(GET,  "/",                                   "/",                                        Access.PUBLIC),
		row(GET,  "/search",                             "/search?q=resettlement",                   Access.PUBLIC),
		row(GET,  "/search/result",                      "/search/result?slug={publishedSlug}&rank=1&page=1&total=1&q=a", Access.PUBLIC),
		row(GET,  "/categories/{slug}",                  "/categories/{categorySlug}",               Access.PUBLIC),
		row(GET,  "/topics/{slug}",                      "/topics/{topicSlug}",                      Access.PUBLIC),
		row(GET,  "/resources/{slug}",                   "/resources/{publishedSlug}",               Access.PUBLIC),
		row(GET,  "/resources/{slug}/attachments.zip",   "/resources/{publishedSlug}/attachments.zip", Access.PUBLIC),
		row(GET,  "/contacts",                           "/contacts",                                Access.PUBLIC),
		row(GET,  "/contacts/{slug}",                    "/contacts/{contactSlug}",                  Access.PUBLIC),
		row(GET,  "/files/{id:[0-9]+}/{fileName}",       "{file}",                                   Access.PUBLIC),
		row(HEAD, "/files/{id:[0-9]+}/{fileName}",       "{file}",                                   Access.PUBLIC),
		row(GET,  "/thumbnails/{id:[0-9]+}.png",         "{thumbnail}",                              Access.PUBLIC),
		row(HEAD, "/thumbnails/{id:[0-9]+}.png",         "{thumbnail}",                              Access.PUBLIC),
		row(GET,  "/feeds/library.atom",                 "/feeds/library.atom",                      Access.PUBLIC),
		row(GET,  "/feeds/categories/{slug}.atom",       "/feeds/categories/{categorySlug}.atom",    Access.PUBLIC),
		row(GET,  "/feeds/topics/{slug}.atom",           "/feeds/topics/{topicSlug}.atom",           Access.PUBLIC),
		row(GET,  "/sitemap.xml",                        "/sitemap.xml",                             Access.PUBLIC),
		row(GET,  "/robots.txt",                         "/robots.txt",                              Access.PUBLIC),
		row(GET,  "/accessibility",                      "/accessibility",                           Access.PUBLIC),
		row(GET,  "/privacy",                            "/privacy",                                 Access.PUBLIC),
		row(GET,  "/cookies",                            "/cookies",                                 Access.PUBLIC),
		row(GET,  "/open-data",                          "/open-data",                               Access.PUBLIC),
		row(GET,  "/share",                              "/share",                                   Access.PUBLIC),
		// Empty: the form comes back with its errors and nothing is stored.
		row(POST, "/share",                              "/share",                                   Access.PUBLIC),
		row(GET,  "/share/sent",                         "/share/sent",                              Access.PUBLIC),
		// Feedback takes no CSRF token (docs/decisions/0009).
		row(GET,  "/feedback",                           "/feedback",                                Access.PUBLIC),
		row(POST, "/feedback",                           "/feedback",                                Access.PUBLIC_WITHOUT_TOKEN),
		row(GET,  "/feedback/problem",                   "/feedback/problem",                        Access.PUBLIC),
		row(POST, "/feedback/problem",                   "/feedback/problem",                        Access.PUBLIC_WITHOUT_TOKEN),
		row(GET,  "/feedback/thanks",                    "/feedback/thanks",                         Access.PUBLIC),
		row(GET,  "/login",                              "/login",                                   Access.PUBLIC),
		// Set-password and first-administrator links: the token in the link is the key.
		row(GET,  "/account/setup/{token}",              "/account/setup/not-a-real-token",          Access.PUBLIC),
		row(POST, "/account/setup/{token}",              "/account/setup/not-a-real-token",          Access.PUBLIC),
		row(GET,  "/account/password/{token}",           "/account/password/not-a-real-token",       Access.PUBLIC),
		row(POST, "/account/password/{token}",           "/account/password/not-a-real-token",       Access.PUBLIC),
		// The open data API and its OpenAPI document: read-only, for anyone.
		row(GET,  "/api/v1/resources",                   "/api/v1/resources?category={categorySlug}", Access.PUBLIC),
		row(GET,  "/api/v1/resources/{slug}",            "/api/v1/resources/{publishedSlug}",        Access.PUBLIC),
		row(GET,  "/api/v1/categories",                  "/api/v1/categories",                       Access.PUBLIC),
		row(GET,  "/api/v1/topics",                      "/api/v1/topics",                           Access.PUBLIC),
		row(GET,  "/api/v1/evidence",                    "/api/v1/evidence",                         Access.PUBLIC),
		row(GET,  "/api/v1/contacts",                    "/api/v1/contacts",                         Access.PUBLIC),
		row(GET,  "/api/**",                             "/api/v1/no-such-thing",                    Access.PUBLIC),
		row(GET,  "/api/v1/openapi.json",                "/api/v1/openapi.json",                     Access.PUBLIC),
		row(GET,  "/api/v1/openapi.json.yaml",           "/api/v1/openapi.json.yaml",                Access.PUBLIC),
		row(ANY,  "/error",                              "/error",                                   Access.PUBLIC),
		// Operations (docs/decisions/0022)
		row(GET,  "/actuator/health",                    "/actuator/health",                         Access.PUBLIC),
		row(GET,  "/actuator/health/**",                 "/actuator/health/liveness",                Access.PUBLIC),
		row(GET,  "/actuator/info",                      "/actuator/info",                           Access.PUBLIC),
		row(GET,  "/actuator",                           "/actuator",                                Access.OPERATIONS),
		row(GET,  "/actuator/prometheus",                "/actuator/prometheus",                     Access.OPERATIONS),
		// Editors' pages
		row(GET,  "/admin",                              "/admin",                                   Access.EDITOR),
		row(GET,  "/admin/resources",                    "/admin/resources",                         Access.EDITOR),
		row(GET,  "/admin/review",                       "/admin/review",                            Access.EDITOR),
		row(GET,  "/admin/resources/new",                "/admin/resources/new",                     Access.EDITOR),
		row(POST, "/admin/resources/new",                "/admin/resources/new?kind=guidance",       Access.EDITOR),
		row(GET,  "/admin/resources/{id}/edit",          "/admin/resources/{draft}/edit",            Access.EDITOR),
		row(POST, "/admin/resources/{id}/edit",          "/admin/resources/" + NONE + "/edit",       Access.EDITOR),
		row(POST, "/admin/markdown/preview",             "/admin/markdown/preview",                  Access.EDITOR),
		row(GET,  "/admin/resources/{id:\\d+}",          "/admin/resources/{draft}",                 Access.EDITOR),
		row(GET,  "/admin/resources/{id:\\d+}/preview",  "/admin/resources/{draft}/preview",         Access.EDITOR),
		row(GET,  "/admin/resources/{id:\\d+}/schedule", "/admin/resources/{draft}/schedule",        Access.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/schedule", "/admin/resources/" + NONE + "/schedule",   Access.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/cancel-schedule", "/admin/resources/" + NONE + "/cancel-schedule", Access.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/publish",  "/admin/resources/" + NONE + "/publish",    Access.EDITOR),
		row(GET,  "/admin/resources/{id:\\d+}/unpublish", "/admin/resources/{published}/unpublish",  Access.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/unpublish", "/admin/resources/" + NONE + "/unpublish", Access.EDITOR),
		row(GET,  "/admin/resources/{id:\\d+}/archive",  "/admin/resources/{published}/archive",     Access.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/archive",  "/admin/resources/" + NONE + "/archive",    Access.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/return-to-draft", "/admin/resources/" + NONE + "/return-to-draft", Access.EDITOR),
		row(GET,  ATTACHMENTS + "/new",                  "/admin/resources/{published}/attachments/new", Access.EDITOR),
		row(POST, ATTACHMENTS + "/new",                  "/admin/resources/" + NONE + "/attachments/new", Access.EDITOR),
		row(GET,  ATTACHMENT + "/edit",                  "/admin/resources/{published}/attachments/{attachment}/edit", Access.EDITOR),
		row(POST, ATTACHMENT + "/edit",                  "/admin/resources/" + NONE + "/attachments/" + NONE + "/edit", Access.EDITOR),
		row(POST, ATTACHMENT + "/move-up",               "/admin/resources/" + NONE + "/attachments/" + NONE + "/move-up", Access.EDITOR),
		row(POST, ATTACHMENT + "/move-down",             "/admin/resources/" + NONE + "/attachments/" + NONE + "/move-down", Access.EDITOR),
		row(GET,  ATTACHMENT + "/remove",                "/admin/resources/{published}/attachments/{attachment}/remove", Access.EDITOR),
		row(POST, ATTACHMENT + "/remove",                "/admin/resources/" + NONE + "/attachments/" + NONE + "/remove", Access.EDITOR),
		row(GET,  "/admin/contacts",                     "/admin/contacts",                          Access.EDITOR),
		// Empty: refused, nothing created.
		row(POST, "/admin/contacts",                     "/admin/contacts",                          Access.EDITOR),
		row(GET,  "/admin/contacts/new",                 "/admin/contacts/new",                      Access.EDITOR),
		row(GET,  CONTACT,                               "/admin/contacts/{contact}",                Access.EDITOR),
		row(POST, CONTACT,                               "/admin/contacts/" + NONE,                  Access.EDITOR),
		row(GET,  CONTACT + "/delete",                   "/admin/contacts/{contact}/delete",         Access.EDITOR),
		row(POST, CONTACT + "/delete",                   "/admin/contacts/" + NONE + "/delete",      Access.EDITOR),
		row(POST, CONTACT + "/verified",                 "/admin/contacts/" + NONE + "/verified",    Access.EDITOR),
		row(GET,  TERMS,                                 "/admin/categories",                        Access.EDITOR),
		row(POST, TERMS,                                 "/admin/topics",                            Access.EDITOR),
		row(GET,  TERMS + "/new",                        "/admin/evidence/new",                      Access.EDITOR),
		row(GET,  TERM,                                  "/admin/categories/{category}",             Access.EDITOR),
		row(POST, TERM,                                  "/admin/topics/" + NONE,                    Access.EDITOR),
		row(GET,  TERM + "/delete",                      "/admin/evidence/{evidence}/delete",        Access.EDITOR),
		row(POST, TERM + "/delete",                      "/admin/categories/" + NONE + "/delete",    Access.EDITOR),
		row(GET,  "/admin/submissions",                  "/admin/submissions",                       Access.EDITOR),
		row(GET,  SUBMISSION,                            "/admin/submissions/{submission}",          Access.EDITOR),
		row(POST, SUBMISSION + "/draft",                 "/admin/submissions/" + NONE + "/draft",    Access.EDITOR),
		row(POST, SUBMISSION + "/reject",                "/admin/submissions/" + NONE + "/reject",   Access.EDITOR),
		row(GET,  "/admin/search/synonyms",              "/admin/search/synonyms",                   Access.EDITOR),
		// A group of one word is refused, so the synonyms stay as they were.
		row(POST, "/admin/search/synonyms",              "/admin/search/synonyms?body=zorbing",      Access.EDITOR),
		row(GET,  "/admin/search/synonyms/standard",     "/admin/search/synonyms/standard",          Access.EDITOR),
		row(GET,  "/admin/search/queries",               "/admin/search/queries?period=7-days",      Access.EDITOR),
		row(GET,  "/admin/search/queries/zero-results.csv", "/admin/search/queries/zero-results.csv", Access.EDITOR),
		row(GET,  "/admin/search",                       "/admin/search",                            Access.EDITOR),
		row(GET,  "/admin/search/reindex/status",        "/admin/search/reindex/status",             Access.EDITOR),
		row(GET,  HISTORY,                               "/admin/resources/{draft}/history",         Access.EDITOR),
		row(GET,  HISTORY + "/compare",                  "/admin/contacts/{contact}/history/compare?from=1&to=2", Access.EDITOR),
		row(GET,  HISTORY + "/{version:[0-9]+}/restore", "/admin/categories/{category}/history/{categoryVersion}/restore", Access.EDITOR),
		row(POST, HISTORY + "/{version:[0-9]+}/restore", "/admin/topics/" + NONE + "/history/1/restore", Access.EDITOR),
		// Administrators' pages
		row(GET,  "/admin/users",                        "/admin/users",                             Access.ADMIN),
		row(POST, "/admin/users",                        "/admin/users",                             Access.ADMIN),
		row(GET,  "/admin/users/new",                    "/admin/users/new",                         Access.ADMIN),
		row(GET,  "/admin/users/sign-ins",               "/admin/users/sign-ins",                    Access.ADMIN),
		row(GET,  "/admin/users/{id}",                   "/admin/users/{user}",                      Access.ADMIN),
		row(POST, "/admin/users/{id}/disable",           "/admin/users/" + NONE + "/disable",        Access.ADMIN),
		row(POST, "/admin/users/{id}/enable",            "/admin/users/" + NONE + "/enable",         Access.ADMIN),
		row(POST, "/admin/users/{id}/set-password-link", "/admin/users/" + NONE + "/set-password-link", Access.ADMIN),
		row(GET,  "/admin/users/{id}/set-password-link", "/admin/users/{user}/set-password-link",    Access.ADMIN),
		row(GET,  "/admin/import",                       "/admin/import",                            Access.ADMIN),
		row(POST, "/admin/import",                       "/admin/import",                            Access.ADMIN),
		row(GET,  "/admin/import/{token}",               "/admin/import/not-an-upload",              Access.ADMIN),
		row(POST, "/admin/import/{token}",               "/admin/import/not-an-upload",              Access.ADMIN),
		row(GET,  "/admin/import/{token}/status",        "/admin/import/not-an-upload/status",       Access.ADMIN),
		row(GET,  "/admin/exchange",                     "/admin/exchange",                          Access.ADMIN),
		// Without a file the form comes back with an error: nothing is imported.
		row(POST, "/admin/exchange",                     "/admin/exchange",                          Access.ADMIN),
		row(GET,  "/admin/exchange/export",              "/admin/exchange/export",                   Access.ADMIN),
		row(POST, "/admin/search/reindex",               "/admin/search/reindex",                    Access.ADMIN),
		// The tests' own failing page (support/FailingPageController): a 500 for anyone.
		row(GET,  "/test-support/failing-page",          "/test-support/failing-page",               Access.PUBLIC),
		// And its page of a database that cannot be reached: a 503 for anyone.
		row(GET,  "/test-support/database-unavailable",  "/test-support/database-unavailable",       Access.PUBLIC)
	// @formatter:on
	);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	private WebSession editor;

	private WebSession administrator;

	private SeededData seeded;

	@BeforeAll
	void signIn() {
		SignIn editorAccount = SignIn.newAccount(this.accounts, Role.EDITOR);
		this.editor = WebSession.signedIn(this.port, editorAccount);
		this.administrator = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.ADMIN));
		this.seeded = SeededData.lookUp(this.jdbc, this.port, editorAccount.email());
	}

	/** The search index row starts a rebuild: later tests search a complete index. */
	@AfterAll
	void letTheSearchIndexRebuildFinish() throws Exception {
		SearchIndexTesting.awaitIdle(this.searchIndex);
	}

	@Test
	void everyRouteHasARow() {
		Set<String> missing = new TreeSet<>();
		mappedRoutes().forEach((route) -> {
			if (ROUTES.stream().noneMatch((row) -> row.route().equals(route))) {
				missing.add(route);
			}
		});
		assertThat(missing).as("routes without a row in RouteAuthorisationIT.ROUTES").isEmpty();
	}

	@Test
	void everyRowIsARoute() {
		Set<String> mapped = mappedRoutes();
		List<String> stale = ROUTES.stream().map(Row::route).filter((route) -> !mapped.contains(route)).toList();
		assertThat(stale).as("rows for routes that no longer exist").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void anonymousVisitors(Row row) {
		WebSession anonymous = WebSession.anonymous(this.port).from("198.51.100.21");
		HttpResponse<String> answer = send(anonymous, row, "/login");
		switch (row.access()) {
			case PUBLIC, PUBLIC_WITHOUT_TOKEN -> assertLetThrough(answer, row);
			case EDITOR, ADMIN -> assertSentToSignIn(answer, row);
			case OPERATIONS -> assertThat(answer.statusCode()).as(row.toString()).isEqualTo(401);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void editors(Row row) {
		HttpResponse<String> answer = send(this.editor, row, "/");
		switch (row.access()) {
			case PUBLIC, PUBLIC_WITHOUT_TOKEN, EDITOR -> assertLetThrough(answer, row);
			case ADMIN -> assertRefusedWithAPage(answer, row);
			case OPERATIONS -> assertThat(answer.statusCode()).as(row.toString()).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void administrators(Row row) {
		assertLetThrough(send(this.administrator, row, "/"), row);
	}

	/**
	 * A forged form (no CSRF token) is refused with a page saying so, and nothing stored
	 * changes: sent by an administrator, who could otherwise do anything, to real
	 * records.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("statefulRoutes")
	void formsWithoutACsrfTokenAreRefusedAndChangeNothing(Row row) {
		StoredContent stored = new StoredContent(this.jdbc);
		Map<String, String> before = stored.fingerprint();
		String url = this.seeded.fill(row.sampleUrl().replace(NONE, realIdFor(row)));
		HttpResponse<String> answer = this.administrator.postWithoutToken(url, "name", "Forged", "body",
				"forged, synonyms", "reason", "Forged");
		assertRefusedWithAPage(answer, row);
		assertThat(stored.fingerprint()).as(row.toString()).isEqualTo(before);
	}

	@Test
	void signInWithoutACsrfTokenIsRefused() {
		HttpResponse<String> answer = WebSession.anonymous(this.port)
			.postWithoutToken("/login", "username", "someone@example.org", "password", "anything at all here");
		assertRefusedWithAPage(answer, row(POST, "/login", "/login", Access.PUBLIC));
	}

	private String realIdFor(Row row) {
		String pattern = row.pattern();
		if (pattern.startsWith("/admin/users")) {
			return this.seeded.get("user");
		}
		if (pattern.startsWith(CONTACT) || pattern.startsWith("/admin/contacts")) {
			return this.seeded.get("contact");
		}
		if (pattern.startsWith(TERMS)) {
			return this.seeded.get("topic");
		}
		if (pattern.startsWith("/admin/submissions")) {
			return this.seeded.get("submission");
		}
		if (pattern.startsWith(ATTACHMENT)) {
			return this.seeded.get("published");
		}
		return this.seeded.get("published");
	}

	/**
	 * Sends the row's request; a form with a CSRF token from {@code tokenPage} (the
	 * sign-in page for visitors, any page for people signed in).
	 */
	private HttpResponse<String> send(WebSession session, Row row, String tokenPage) {
		String url = this.seeded.fill(row.sampleUrl());
		return switch (row.method()) {
			case GET, ANY -> session.get(url, "Accept", "text/html");
			case HEAD -> session.send(HEAD, url);
			default -> (row.access() == Access.PUBLIC_WITHOUT_TOKEN) ? session.postWithoutToken(url)
					: session.postWithTokenFrom(tokenPage, url);
		};
	}

	private static void assertLetThrough(HttpResponse<String> answer, Row row) {
		assertThat(answer.statusCode()).as(row.toString()).isNotIn(401, 403, 405);
		assertThat(answer.headers().firstValue("Location").orElse("")).as(row.toString()).doesNotContain("/login");
	}

	private static void assertSentToSignIn(HttpResponse<String> answer, Row row) {
		assertThat(answer.statusCode()).as(row.toString()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).as(row.toString())
			.hasValueSatisfying((location) -> assertThat(location).matches("(https?://[^/]+)?/login(\\?.*)?"));
	}

	/** A 403 with the library's page explaining it, not a bare status. */
	static void assertRefusedWithAPage(HttpResponse<String> answer, Row row) {
		assertThat(answer.statusCode()).as(row.toString()).isEqualTo(403);
		assertThat(Jsoup.parse(answer.body()).select("h1").text()).as(row.toString()).isEqualTo("You cannot do this");
	}

	/** Every route of every request-mapping handler mapping, as method and pattern. */
	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add(ANY + " " + pattern);
					}
					methods.forEach((method) -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		return routes;
	}

	Stream<Row> routes() {
		return ROUTES.stream();
	}

	Stream<Row> statefulRoutes() {
		return ROUTES.stream()
			.filter((row) -> row.method().equals(POST) && row.access() != Access.PUBLIC_WITHOUT_TOKEN);
	}

	static Row row(String method, String pattern, String sampleUrl, Access access) {
		return new Row(method, pattern, sampleUrl, access);
	}

	/** Who may use a route. */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,

		/** Anyone, and its form takes no CSRF token (docs/decisions/0009). */
		PUBLIC_WITHOUT_TOKEN,

		/** Editors and administrators; anyone else is sent to sign in. */
		EDITOR,

		/** Administrators; editors are refused, anyone else is sent to sign in. */
		ADMIN,

		/**
		 * Machines with the metrics token, and administrators; a bare 401 for the
		 * anonymous.
		 */
		OPERATIONS

	}

	/**
	 * One route.
	 *
	 * @param method its HTTP method, or {@code ANY}
	 * @param pattern its mapping, exactly as declared
	 * @param sampleUrl a URL it answers, with {@link SeededData} names in braces
	 * @param access who may use it
	 */
	record Row(String method, String pattern, String sampleUrl, Access access) {

		String route() {
			return this.method + " " + this.pattern;
		}

		@Override
		public String toString() {
			return route() + " (" + this.access + ")";
		}

	}

}
