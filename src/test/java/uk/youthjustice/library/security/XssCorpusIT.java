package uk.youthjustice.library.security;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The payloads of {@code security/xss-payloads.txt} through every field an editor or the
 * public types into, and every search, filter and API parameter. The pages that show
 * them, public and admin, are parsed: nothing of a payload may be executable
 * ({@link Inert}), and what was typed is stored exactly as typed.
 */
@WithLibrary
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCorpusIT {

	private static final List<String> PAYLOADS = Inert.payloads();

	/**
	 * Different client addresses, so the share form's per-address limit never refuses.
	 */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

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

	@Test
	void searchAndFilterParametersAreShownInert() {
		SoftAssertions softly = new SoftAssertions();
		for (String payload : PAYLOADS) {
			String p = encode(payload);
			for (String url : List.of("/search?q=" + p,
					"/search?q=a&category=" + p + "&type=" + p + "&topic=" + p + "&age=" + p + "&cost=" + p
							+ "&evidence=" + p + "&publisher=" + p + "&year=" + p + "&documents=" + p + "&sort=" + p
							+ "&page=" + p,
					"/categories/" + this.seeded.get("categorySlug") + "?type=" + p + "&topic=" + p + "&age=" + p
							+ "&cost=" + p + "&evidence=" + p + "&sort=" + p + "&page=" + p,
					"/topics/" + this.seeded.get("topicSlug") + "?type=" + p + "&age=" + p + "&sort=" + p,
					"/contacts?region=" + p, "/search/result?search=" + p + "&to=" + p + "&rank=" + p,
					"/feedback/problem?page=" + p, "/login?error=" + p)) {
				HttpResponse<String> answer = WebSession.anonymous(this.port).get(url, "Accept", "text/html");
				softly.assertThat(answer.statusCode()).as(url).isIn(200, 303, 400, 404);
				softly.assertThat(answer.headers().firstValue("Location").orElse("/"))
					.as("only ever to this site: " + url)
					.matches("/(search|resources/[a-z0-9-]+)?");
				softly.assertThat(Inert.problems(answer.body(), payload)).as(url).isEmpty();
				softly.assertThat(Inert.evaluated(answer.body(), payload)).as(url).isFalse();
			}
			for (String url : List.of("/admin/resources?q=" + p + "&status=" + p + "&category=" + p,
					"/admin/search/queries?period=" + p, "/admin/contacts?q=" + p)) {
				HttpResponse<String> answer = this.editor.get(url, "Accept", "text/html");
				softly.assertThat(answer.statusCode()).as(url).isIn(200, 400, 404);
				softly.assertThat(Inert.problems(answer.body(), payload)).as(url).isEmpty();
			}
		}
		softly.assertAll();
	}

	/** JSON, never HTML, and never sniffed as HTML, whatever the parameters hold. */
	@Test
	void apiParametersGetJsonThatNoBrowserRuns() {
		SoftAssertions softly = new SoftAssertions();
		for (String payload : PAYLOADS) {
			String p = encode(payload);
			for (String url : List.of(
					"/api/v1/resources?category=" + p + "&type=" + p + "&topic=" + p + "&age=" + p + "&cost=" + p
							+ "&evidence=" + p + "&sort=" + p + "&page=" + p + "&size=" + p,
					"/api/v1/resources/" + p.replace("+", "%20"), "/api/v1/resources?category=" + p)) {
				HttpResponse<String> answer = WebSession.anonymous(this.port).get(url, "Accept", "text/html");
				softly.assertThat(answer.statusCode()).as(url).isIn(200, 400, 404);
				softly.assertThat(answer.headers().firstValue("Content-Type").orElse(""))
					.as(url)
					.matches("application/(problem\\+)?json.*");
				softly.assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(url).hasValue("nosniff");
			}
		}
		softly.assertAll();
	}

	/**
	 * One draft, changed once a payload through the edit form, so the shared database
	 * gains one resource rather than one a payload.
	 */
	@Test
	void resourceFieldsAreStoredAsTypedAndShownInert() {
		SoftAssertions softly = new SoftAssertions();
		String category = this.seeded.get("category");
		HttpResponse<String> created = this.editor.postWithToken("/admin/resources/new?kind=practice-example", "title",
				"XSS corpus draft", "category", category);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).matches(".*/admin/resources/\\d+"));
		long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		for (String payload : PAYLOADS) {
			String edit = "/admin/resources/" + id + "/edit";
			String version = Jsoup.parse(this.editor.get(edit, "Accept", "text/html").body())
				.select("input[name=version]")
				.val();
			HttpResponse<String> saved = this.editor.postWithToken(edit, "version", version, "title", payload,
					"summary", payload, "description", payload, "category", category, "cost", "HAS_COST", "costText",
					payload, "sex", "NOT_APPLICABLE", "aims[0]", payload, "steps[0]", payload, "changeNote", payload);
			softly.assertThat(saved.statusCode()).as(payload + problems(saved)).isEqualTo(302);
			softly.assertThat(Inert.problems(saved.body(), payload)).as(payload).isEmpty();
			Map<String, Object> row = this.jdbc
				.queryForMap("select title, summary, description, cost_text from resource where id = ?", id);
			softly.assertThat(row.values()).as("stored as typed: " + payload).containsOnly(payload);
			softly.assertThat(this.jdbc.queryForList(
					"select text from resource_aim where resource_id = ? union all select text from resource_implementation_step where resource_id = ?",
					String.class, id, id))
				.as("stored as typed: " + payload)
				.containsOnly(payload);
			for (String page : List.of("/admin/resources/" + id, edit, "/admin/resources/" + id + "/preview",
					"/admin/resources/" + id + "/history", "/admin/resources", "/admin")) {
				HttpResponse<String> shown = this.editor.get(page, "Accept", "text/html");
				softly.assertThat(shown.statusCode()).as(page).isEqualTo(200);
				softly.assertThat(Inert.problems(shown.body(), payload)).as(page + " " + payload).isEmpty();
			}
			String preview = this.editor.get("/admin/resources/" + id + "/preview", "Accept", "text/html").body();
			softly.assertThat(Inert.evaluated(preview, payload)).as("preview " + payload).isFalse();
			softly.assertThat(Jsoup.parse(preview).select("h1").text())
				.as("the title shown as typed")
				.isEqualTo(payload.replaceAll("\\s+", " ").strip());
		}
		softly.assertAll();
	}

	@Test
	void markdownPreviewIsInert() {
		SoftAssertions softly = new SoftAssertions();
		for (String payload : PAYLOADS) {
			HttpResponse<String> preview = this.editor.postWithToken("/admin/markdown/preview", "markdown", payload);
			softly.assertThat(preview.statusCode()).as(payload).isEqualTo(200);
			softly.assertThat(Inert.problems(preview.body(), payload)).as(payload).isEmpty();
			softly.assertThat(Inert.evaluated(preview.body(), payload)).as(payload).isFalse();
		}
		softly.assertAll();
	}

	/** One contact card, changed once a payload, deleted at the end. */
	@Test
	void contactCardsAreStoredAsTypedAndShownInert() {
		SoftAssertions softly = new SoftAssertions();
		String organisation = "XSS corpus contact " + System.nanoTime();
		this.editor.postWithToken("/admin/contacts", "organisation", organisation, "telephone", "0113 496 0000",
				"email", "contact@example.org");
		long id = this.jdbc.queryForObject("select id from contact_card where organisation = ?", Long.class,
				organisation);
		try {
			for (String payload : PAYLOADS) {
				String text = truncate(payload, 100);
				HttpResponse<String> saved = this.editor.postWithToken("/admin/contacts/" + id, "organisation", text,
						"personName", text, "role", text, "telephone", "0113 496 0000", "email", "contact@example.org");
				softly.assertThat(saved.statusCode()).as(payload + problems(saved)).isEqualTo(302);
				Map<String, Object> row = this.jdbc
					.queryForMap("select slug, organisation, person_name, role from contact_card where id = ?", id);
				softly.assertThat(Arrays.asList(row.get("organisation"), row.get("person_name"), row.get("role")))
					.as("stored as typed: " + payload)
					.containsOnly(oneLine(text));
				for (String page : List.of("/admin/contacts/" + id, "/admin/contacts",
						"/admin/contacts/" + id + "/delete", "/admin/contacts/" + id + "/history")) {
					HttpResponse<String> shown = this.editor.get(page, "Accept", "text/html");
					softly.assertThat(Inert.problems(shown.body(), payload)).as(page + " " + payload).isEmpty();
				}
				for (String page : List.of("/contacts", "/contacts/" + row.get("slug"))) {
					HttpResponse<String> shown = WebSession.anonymous(this.port).get(page, "Accept", "text/html");
					softly.assertThat(Inert.problems(shown.body(), payload)).as(page + " " + payload).isEmpty();
				}
			}
		}
		finally {
			this.editor.postWithToken("/admin/contacts/" + id + "/delete");
		}
		softly.assertAll();
	}

	/** One term a vocabulary, changed once a payload, deleted at the end. */
	@Test
	void vocabularyLabelsAreStoredAsTypedAndShownInert() {
		SoftAssertions softly = new SoftAssertions();
		Map<String, String> tables = Map.of("categories", "category", "topics", "topic", "evidence",
				"evidence_classification");
		for (Map.Entry<String, String> vocabulary : tables.entrySet()) {
			String path = "/admin/" + vocabulary.getKey();
			String start = "XSS corpus " + System.nanoTime();
			this.editor.postWithToken(path, position(path, "name", start, "description", ""));
			long id = this.jdbc.queryForObject("select id from " + vocabulary.getValue() + " where name = ?",
					Long.class, start);
			try {
				for (String payload : PAYLOADS) {
					HttpResponse<String> saved = this.editor.postWithToken(path + "/" + id,
							position(path, "name", payload, "description", payload));
					softly.assertThat(saved.statusCode()).as(path + " " + payload).isEqualTo(302);
					Map<String, Object> row = this.jdbc.queryForMap(
							"select slug, name, description from " + vocabulary.getValue() + " where id = ?", id);
					softly.assertThat(row.get("name")).as("stored as typed: " + payload).isEqualTo(oneLine(payload));
					softly.assertThat(row.get("description")).as("stored as typed: " + payload).isEqualTo(payload);
					for (String page : List.of(path, path + "/" + id, path + "/" + id + "/delete",
							"/admin/resources/new?kind=practice-example")) {
						HttpResponse<String> shown = this.editor.get(page, "Accept", "text/html");
						softly.assertThat(Inert.problems(shown.body(), payload)).as(page + " " + payload).isEmpty();
					}
					String publicPage = switch (vocabulary.getKey()) {
						case "categories" -> "/categories/" + row.get("slug");
						case "topics" -> "/topics/" + row.get("slug");
						default -> "/search?q=a";
					};
					for (String page : List.of(publicPage, "/", "/share")) {
						HttpResponse<String> shown = WebSession.anonymous(this.port).get(page, "Accept", "text/html");
						softly.assertThat(Inert.problems(shown.body(), payload)).as(page + " " + payload).isEmpty();
					}
				}
			}
			finally {
				this.editor.postWithToken(path + "/" + id + "/delete");
			}
		}
		softly.assertAll();
	}

	/**
	 * Synonyms: a payload alone on a line is refused (a group needs two words) and shown
	 * back in the form; as a note line it is stored, shown, and then put back as it was.
	 */
	@Test
	void synonymsAreShownInert() {
		SoftAssertions softly = new SoftAssertions();
		// From the database, exactly: the form's text would come back with its white
		// space
		// tidied, and putting that back would change the synonyms.
		String original = this.jdbc.queryForList("select body from search_synonyms where id = 1", String.class)
			.stream()
			.findFirst()
			.orElse("");
		try {
			for (String payload : PAYLOADS) {
				HttpResponse<String> refused = this.editor.postWithToken("/admin/search/synonyms", "body", payload);
				softly.assertThat(Inert.problems(refused.body(), payload)).as(payload).isEmpty();
				String note = "# " + payload.replace("\n", " ");
				HttpResponse<String> saved = this.editor.postWithToken("/admin/search/synonyms", "body",
						original + "\n" + note);
				softly.assertThat(saved.statusCode()).as(payload).isIn(200, 302, 422);
				HttpResponse<String> shown = this.editor.get("/admin/search/synonyms", "Accept", "text/html");
				softly.assertThat(Inert.problems(shown.body(), payload)).as(payload).isEmpty();
			}
		}
		finally {
			this.editor.postWithToken("/admin/search/synonyms", "body", original);
		}
		softly.assertThat(this.jdbc.queryForList("select body from search_synonyms where id = 1", String.class))
			.as("the synonyms as they were")
			.allMatch(original::equals);
		softly.assertAll();
	}

	/**
	 * One submission a payload; all removed at the end, as they were not there before.
	 */
	@Test
	void sharedPracticeIsStoredAsTypedAndShownInert() {
		SoftAssertions softly = new SoftAssertions();
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from practice_submission", Long.class);
		try {
			shareEveryPayload(softly);
		}
		finally {
			this.jdbc.update("delete from practice_submission where id > ?", before);
		}
		softly.assertAll();
	}

	private void shareEveryPayload(SoftAssertions softly) {
		for (String payload : PAYLOADS) {
			String text = truncate(payload, 200);
			WebSession sharer = WebSession.anonymous(this.port).from("198.51.100." + ADDRESSES.incrementAndGet() % 250);
			HttpResponse<String> sent = sharer.postWithTokenFrom("/share", "/share",
					Forms.share(text, this.seeded.get("category")));
			softly.assertThat(sent.statusCode()).as(payload).isEqualTo(302);
			List<Long> ids = this.jdbc.queryForList("select id from practice_submission where title = ?", Long.class,
					text);
			softly.assertThat(ids).as("stored as typed: " + payload).hasSize(1);
			if (ids.size() != 1) {
				softly.assertThat(Inert.problems(sent.body(), payload)).as(payload).isEmpty();
				continue;
			}
			softly.assertThat(this.jdbc.queryForMap(
					"select summary, description, submitter_name, contact_name from practice_submission where id = ?",
					ids.get(0))
				.values()).as("stored as typed").containsOnly(text);
			for (String page : List.of("/admin/submissions/" + ids.get(0), "/admin/submissions")) {
				HttpResponse<String> shown = this.editor.get(page, "Accept", "text/html");
				softly.assertThat(Inert.problems(shown.body(), payload)).as(page + " " + payload).isEmpty();
				softly.assertThat(Inert.evaluated(shown.body(), payload)).as(page + " " + payload).isFalse();
			}
			// The list then shows only the next payload's submission.
			this.jdbc.update("delete from practice_submission where id = ?", ids.get(0));
		}
	}

	/** The form comes back with what was typed when it is refused: inert there too. */
	@Test
	void refusedFormsShowWhatWasTypedInert() {
		SoftAssertions softly = new SoftAssertions();
		for (String payload : PAYLOADS) {
			HttpResponse<String> share = WebSession.anonymous(this.port)
				.from("198.51.100.251")
				.postWithTokenFrom("/share", "/share", "title", payload, "summary", payload, "email", payload);
			softly.assertThat(Inert.problems(share.body(), payload)).as("/share " + payload).isEmpty();
			HttpResponse<String> resource = this.editor.postWithToken("/admin/resources/new?kind=practice-example",
					"title", payload, "summary", payload, "externalUrl", payload, "category", "");
			softly.assertThat(Inert.problems(resource.body(), payload)).as("resource form " + payload).isEmpty();
			HttpResponse<String> contact = this.editor.postWithToken("/admin/contacts", "organisation", payload,
					"email", payload, "website", payload);
			softly.assertThat(Inert.problems(contact.body(), payload)).as("contact form " + payload).isEmpty();
		}
		softly.assertAll();
	}

	/** Single-line fields keep the text with line breaks made spaces, trimmed. */
	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]", " ").strip();
	}

	/** The error summary of a form sent back, to say why in a failure. */
	private static String problems(HttpResponse<String> answer) {
		return " " + Jsoup.parse(answer.body()).select(".govuk-error-summary").text();
	}

	/** The fields of a term form; topics have no position. */
	private static String[] position(String path, String... fields) {
		if (path.endsWith("/topics")) {
			return fields;
		}
		String[] withPosition = java.util.Arrays.copyOf(fields, fields.length + 2);
		withPosition[fields.length] = "position";
		withPosition[fields.length + 1] = "99";
		return withPosition;
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
