package uk.youthjustice.library.accounts;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.search.index.SearchIndexTesting;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.bind.annotation.RequestMethod.GET;
import static org.springframework.web.bind.annotation.RequestMethod.POST;

/**
 * Every endpoint under /admin, with the role it needs. A new /admin endpoint without a
 * row here fails {@link #everyAdminEndpointHasARow()}, so none is added without deciding
 * who may use it. Sample URLs name records that do not exist where that is harmless: a
 * 404 still shows the request was let through.
 */
@WithLibrary
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminEndpointSecurityIT {

	/** The history pages of resources, contact cards and the three taxonomies. */
	private static final String HISTORY = "/admin/{type:resources|contacts|categories|topics|evidence}/{id:[0-9]+}/history";

	/** A resource's attachments. */
	private static final String ATTACHMENTS = "/admin/resources/{id:\\d+}/attachments";

	/** One of them. */
	private static final String ATTACHMENT = ATTACHMENTS + "/{attachmentId:\\d+}";

	/** The table: one line per endpoint. */
	static final List<Row> ENDPOINTS = List.of(
	// @formatter:off
		row(GET, "/admin", "/admin", Role.EDITOR),
		row(GET, "/admin/resources", "/admin/resources", Role.EDITOR),
		row(GET, "/admin/review", "/admin/review", Role.EDITOR),
		row(GET, "/admin/resources/new", "/admin/resources/new", Role.EDITOR),
		row(POST, "/admin/resources/new", "/admin/resources/new?kind=guidance", Role.EDITOR),
		row(GET, "/admin/resources/{id}/edit", "/admin/resources/999999999/edit", Role.EDITOR),
		row(POST, "/admin/resources/{id}/edit", "/admin/resources/999999999/edit", Role.EDITOR),
		row(POST, "/admin/markdown/preview", "/admin/markdown/preview", Role.EDITOR),
		row(GET, "/admin/resources/{id:\\d+}", "/admin/resources/999999999", Role.EDITOR),
		row(GET, "/admin/resources/{id:\\d+}/preview", "/admin/resources/999999999/preview", Role.EDITOR),
		row(GET, "/admin/resources/{id:\\d+}/schedule", "/admin/resources/999999999/schedule", Role.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/schedule", "/admin/resources/999999999/schedule", Role.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/cancel-schedule", "/admin/resources/999999999/cancel-schedule", Role.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/publish", "/admin/resources/999999999/publish", Role.EDITOR),
		row(GET, "/admin/resources/{id:\\d+}/unpublish", "/admin/resources/999999999/unpublish", Role.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/unpublish", "/admin/resources/999999999/unpublish", Role.EDITOR),
		row(GET, "/admin/resources/{id:\\d+}/archive", "/admin/resources/999999999/archive", Role.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/archive", "/admin/resources/999999999/archive", Role.EDITOR),
		row(POST, "/admin/resources/{id:\\d+}/return-to-draft", "/admin/resources/999999999/return-to-draft", Role.EDITOR),
		row(GET, ATTACHMENTS + "/new", "/admin/resources/999999999/attachments/new", Role.EDITOR),
		row(POST, ATTACHMENTS + "/new", "/admin/resources/999999999/attachments/new", Role.EDITOR),
		row(GET, ATTACHMENT + "/edit", "/admin/resources/999999999/attachments/999999999/edit", Role.EDITOR),
		row(POST, ATTACHMENT + "/edit", "/admin/resources/999999999/attachments/999999999/edit", Role.EDITOR),
		row(POST, ATTACHMENT + "/move-up", "/admin/resources/999999999/attachments/999999999/move-up", Role.EDITOR),
		row(POST, ATTACHMENT + "/move-down", "/admin/resources/999999999/attachments/999999999/move-down", Role.EDITOR),
		row(GET, ATTACHMENT + "/remove", "/admin/resources/999999999/attachments/999999999/remove", Role.EDITOR),
		row(POST, ATTACHMENT + "/remove", "/admin/resources/999999999/attachments/999999999/remove", Role.EDITOR),
		row(GET, "/admin/contacts", "/admin/contacts", Role.EDITOR),
		row(POST, "/admin/contacts", "/admin/contacts", Role.EDITOR),
		row(GET, "/admin/contacts/new", "/admin/contacts/new", Role.EDITOR),
		row(GET, "/admin/contacts/{id:\\d{1,18}}", "/admin/contacts/999999999", Role.EDITOR),
		row(POST, "/admin/contacts/{id:\\d{1,18}}", "/admin/contacts/999999999", Role.EDITOR),
		row(GET, "/admin/contacts/{id:\\d{1,18}}/delete", "/admin/contacts/999999999/delete", Role.EDITOR),
		row(POST, "/admin/contacts/{id:\\d{1,18}}/delete", "/admin/contacts/999999999/delete", Role.EDITOR),
		row(POST, "/admin/contacts/{id:\\d{1,18}}/verified", "/admin/contacts/999999999/verified", Role.EDITOR),
		row(GET, "/admin/{vocabulary:categories|topics|evidence}", "/admin/categories", Role.EDITOR),
		row(POST, "/admin/{vocabulary:categories|topics|evidence}", "/admin/topics", Role.EDITOR),
		row(GET, "/admin/{vocabulary:categories|topics|evidence}/new", "/admin/evidence/new", Role.EDITOR),
		row(GET, "/admin/{vocabulary:categories|topics|evidence}/{id:\\d{1,18}}", "/admin/categories/999999999", Role.EDITOR),
		row(POST, "/admin/{vocabulary:categories|topics|evidence}/{id:\\d{1,18}}", "/admin/topics/999999999", Role.EDITOR),
		row(GET, "/admin/{vocabulary:categories|topics|evidence}/{id:\\d{1,18}}/delete", "/admin/evidence/999999999/delete", Role.EDITOR),
		row(POST, "/admin/{vocabulary:categories|topics|evidence}/{id:\\d{1,18}}/delete", "/admin/categories/999999999/delete", Role.EDITOR),
		row(GET, "/admin/submissions", "/admin/submissions", Role.EDITOR),
		row(GET, "/admin/submissions/{id:\\d{1,18}}", "/admin/submissions/999999999", Role.EDITOR),
		row(POST, "/admin/submissions/{id:\\d{1,18}}/draft", "/admin/submissions/999999999/draft", Role.EDITOR),
		row(POST, "/admin/submissions/{id:\\d{1,18}}/reject", "/admin/submissions/999999999/reject", Role.EDITOR),
		row(GET,  "/admin/search/synonyms",                "/admin/search/synonyms",                  Role.EDITOR),
		// A group of one word is refused, so the check leaves the synonyms as they were.
		row(POST, "/admin/search/synonyms",                "/admin/search/synonyms?body=zorbing",     Role.EDITOR),
		row(GET,  "/admin/search/synonyms/standard",       "/admin/search/synonyms/standard",         Role.EDITOR),
		row(GET, "/admin/search/queries", "/admin/search/queries?period=7-days", Role.EDITOR),
		row(GET, "/admin/search/queries/zero-results.csv", "/admin/search/queries/zero-results.csv", Role.EDITOR),
		row(GET,  "/admin/users",                          "/admin/users",                            Role.ADMIN),
		row(POST, "/admin/users",                          "/admin/users",                            Role.ADMIN),
		row(GET,  "/admin/users/new",                      "/admin/users/new",                        Role.ADMIN),
		row(GET,  "/admin/users/sign-ins",                 "/admin/users/sign-ins",                   Role.ADMIN),
		row(GET,  "/admin/users/{id}",                     "/admin/users/999999999",                  Role.ADMIN),
		row(POST, "/admin/users/{id}/disable",             "/admin/users/999999999/disable",          Role.ADMIN),
		row(POST, "/admin/users/{id}/enable",              "/admin/users/999999999/enable",           Role.ADMIN),
		row(POST, "/admin/users/{id}/set-password-link",   "/admin/users/999999999/set-password-link", Role.ADMIN),
		row(GET,  "/admin/users/{id}/set-password-link",   "/admin/users/999999999/set-password-link", Role.ADMIN),
		row(GET,  "/admin/import",                         "/admin/import",                           Role.ADMIN),
		row(POST, "/admin/import",                         "/admin/import",                           Role.ADMIN),
		row(GET,  "/admin/import/{token}",                 "/admin/import/not-an-upload",             Role.ADMIN),
		row(POST, "/admin/import/{token}",                 "/admin/import/not-an-upload",             Role.ADMIN),
		row(GET,  "/admin/import/{token}/status",          "/admin/import/not-an-upload/status",      Role.ADMIN),
		row(GET,  "/admin/exchange",                       "/admin/exchange",                         Role.ADMIN),
		// Without a file the form comes back with an error: nothing is imported.
		row(POST, "/admin/exchange",                       "/admin/exchange",                         Role.ADMIN),
		row(GET,  "/admin/exchange/export",                "/admin/exchange/export",                  Role.ADMIN),
		row(GET,  "/admin/search",                         "/admin/search",                           Role.EDITOR),
		row(GET,  "/admin/search/reindex/status",          "/admin/search/reindex/status",            Role.EDITOR),
		row(POST, "/admin/search/reindex",                 "/admin/search/reindex",                   Role.ADMIN),
		row(GET,  HISTORY,                                 "/admin/resources/999999999/history",      Role.EDITOR),
		row(GET,  HISTORY + "/compare",                    "/admin/contacts/999999999/history/compare?from=1&to=2", Role.EDITOR),
		row(GET,  HISTORY + "/{version:[0-9]+}/restore",   "/admin/categories/999999999/history/1/restore", Role.EDITOR),
		row(POST, HISTORY + "/{version:[0-9]+}/restore",   "/admin/topics/999999999/history/1/restore", Role.EDITOR)
	// @formatter:on
	);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accounts;

	@Autowired
	SearchIndex searchIndex;

	private WebSession editor;

	private WebSession administrator;

	@BeforeAll
	void signIn() {
		this.editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.EDITOR));
		this.administrator = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.ADMIN));
	}

	/** The search index row starts a rebuild: later tests search a complete index. */
	@AfterAll
	void letTheSearchIndexRebuildFinish() throws Exception {
		SearchIndexTesting.awaitIdle(this.searchIndex);
	}

	@Test
	void everyAdminEndpointHasARow() {
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo mapping : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
					continue;
				}
				if (methods.isEmpty()) {
					missing.add(pattern + " answers every HTTP method: map it with @GetMapping or @PostMapping");
				}
				methods.stream()
					.filter((method) -> ENDPOINTS.stream()
						.noneMatch((row) -> row.method() == method && row.pattern().equals(pattern)))
					.forEach((method) -> missing.add(method + " " + pattern));
			}
		}
		assertThat(missing).as("/admin endpoints without a row in AdminEndpointSecurityIT.ENDPOINTS").isEmpty();
	}

	@Test
	void everyRowIsAnEndpoint() {
		List<String> stale = new ArrayList<>();
		for (Row row : ENDPOINTS) {
			boolean mapped = this.mappings.getHandlerMethods()
				.keySet()
				.stream()
				.anyMatch((mapping) -> mapping.getPatternValues().contains(row.pattern())
						&& mapping.getMethodsCondition().getMethods().contains(row.method()));
			if (!mapped) {
				stale.add(row.method() + " " + row.pattern());
			}
		}
		assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void anonymousVisitorsAreSentToSignInOrRefused(Row row) {
		WebSession anonymous = WebSession.anonymous(this.port);
		if (row.method() == GET) {
			HttpResponse<String> answer = anonymous.get(row.sampleUrl());
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).matches("(https?://[^/]+)?/login(\\?.*)?"));
		}
		else {
			assertThat(anonymous.postWithoutToken(row.sampleUrl()).statusCode()).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void postsWithoutACsrfTokenAreRefusedEvenWhenSignedIn(Row row) {
		if (row.method() == POST) {
			assertThat(this.administrator.postWithoutToken(row.sampleUrl()).statusCode()).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void editorsAreRefusedAdministratorsPages(Row row) {
		if (row.role() == Role.ADMIN) {
			assertThat(send(this.editor, row).statusCode()).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void theRightRoleIsLetThrough(Row row) {
		WebSession allowed = (row.role() == Role.EDITOR) ? this.editor : this.administrator;
		HttpResponse<String> answer = send(allowed, row);
		assertThat(answer.statusCode()).as(row.toString()).isNotIn(401, 403);
		assertThat(answer.headers().firstValue("Location").orElse("")).as(row.toString()).doesNotContain("/login");
	}

	@Test
	void signInWithoutACsrfTokenIsRefused() {
		HttpResponse<String> answer = WebSession.anonymous(this.port)
			.postWithoutToken("/login", "username", "someone@example.org", "password", "anything at all here");
		assertThat(answer.statusCode()).isEqualTo(403);
	}

	private static HttpResponse<String> send(WebSession session, Row row) {
		return (row.method() == GET) ? session.get(row.sampleUrl(), "Accept", "text/html")
				: session.postWithToken(row.sampleUrl());
	}

	Stream<Row> endpoints() {
		return ENDPOINTS.stream();
	}

	static Row row(RequestMethod method, String pattern, String sampleUrl, Role role) {
		return new Row(method, pattern, sampleUrl, role);
	}

	/**
	 * One endpoint.
	 *
	 * @param method its HTTP method
	 * @param pattern its mapping, exactly as declared
	 * @param sampleUrl a URL it answers
	 * @param role the least role that may use it
	 */
	record Row(RequestMethod method, String pattern, String sampleUrl, Role role) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern + " (" + this.role + ")";
		}

	}

}
