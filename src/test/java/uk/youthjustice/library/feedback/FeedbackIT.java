package uk.youthjustice.library.feedback;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the whole library, security chain included: readers get no cookie, feedback
 * needs no CSRF token, and what they send is stored in PostgreSQL.
 */
@WithLibrary
class FeedbackIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	FeedbackInbox inbox;

	@Autowired
	FeedbackRepository repository;

	@Test
	void publicPagesSetNoCookieAndCarryNoToken() throws Exception {
		for (String path : List.of("/", "/accessibility", "/privacy", "/cookies", "/no-such-page",
				"/feedback/problem?page=/cookies", "/feedback/thanks?page=/cookies")) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().allValues("Set-Cookie")).as("Set-Cookie on %s", path).isEmpty();
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("input[name=_csrf]")).as("CSRF token on %s", path).isEmpty();
		}
		HttpResponse<String> notFound = get("/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(notFound.body()).select("#feedback input[name=page]").val())
			.as("feedback on a 404 page is about the missing page")
			.isEqualTo("/no-such-page");
	}

	@Test
	void anAnswerIsStoredWithoutATokenAndWithoutACookie() throws Exception {
		HttpResponse<String> response = post("/feedback", Map.of("page", "/accessibility", "useful", "yes"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/accessibility?feedback=thanks#feedback"));
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		FeedbackItem newest = this.inbox.newestFirst(0, 1).getContent().get(0);
		assertThat(newest.page()).isEqualTo("/accessibility");
		assertThat(newest.useful()).isTrue();
		assertThat(newest.whatWrong()).isNull();
	}

	@Test
	void aProblemReportIsStoredInPostgres() throws Exception {
		String whatWrong = "The phone number for Sheffield is out of date <script>alert(1)</script>";
		HttpResponse<String> response = post("/feedback/problem",
				Map.of("page", "/contacts", "whatDoing", "Looking for a contact", "whatWrong", whatWrong));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/feedback/thanks?page=%2Fcontacts"));
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		FeedbackItem newest = this.inbox.newestFirst(0, 1).getContent().get(0);
		assertThat(newest.page()).isEqualTo("/contacts");
		assertThat(newest.useful()).isNull();
		assertThat(newest.whatDoing()).isEqualTo("Looking for a contact");
		assertThat(newest.whatWrong()).isEqualTo(whatWrong);
		assertThat(newest.status()).isEqualTo(Feedback.Status.NEW);
		assertThat(newest.createdAt()).isNotNull();
	}

	@Test
	void editorsSeeTheNewestFeedbackFirst() {
		Feedback older = this.repository.save(new Feedback("/topics/resettlement", false, null, null));
		Feedback newer = this.repository.save(new Feedback("/topics/county-lines", true, null, null));

		List<FeedbackItem> newest = this.inbox.newestFirst(0, 2).getContent();

		assertThat(newest).extracting(FeedbackItem::id).containsExactly(newer.getId(), older.getId());
		assertThat(this.inbox.newestFirst(-1, 100_000).getSize()).isEqualTo(FeedbackInbox.MAX_PAGE_SIZE);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return LocalHttp.getPage(this.port, path);
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HTTP.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
