package uk.youthjustice.library.search.synonyms;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synonyms form over HTTP with bad input: each answer is the form again with the
 * problem named and the text as it was sent, never an error page, and nothing saved.
 */
@WithLibrary
class SynonymsAdminIT {

	private static final String PATH = "/admin/search/synonyms";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Synonyms synonyms;

	private WebSession editor;

	private SavedSynonyms before;

	@BeforeEach
	void signIn() {
		this.editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts));
		this.before = this.synonyms.saved();
	}

	@AfterEach
	void putBack() {
		if (this.synonyms.saved().version() != this.before.version()) {
			this.synonyms.save(this.before.body(), "synonyms-admin-it@example.org");
		}
		this.synonyms.apply();
	}

	@Test
	void tenThousandLinesAreRefusedWhole() {
		String body = "a, b\n".repeat(10_000);

		Document page = refused(body);

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Synonyms must be 2,000 lines or fewer");
		assertThat(page.select("#body-error").text()).isEqualTo("Error: Synonyms must be 2,000 lines or fewer");
	}

	@Test
	void tooManyCharactersAreRefused() {
		Document page = refused("abcdefghi,".repeat(10_001));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Synonyms must be 100,000 characters or fewer");
	}

	@Test
	void nullBytesAndBinaryAreRefusedNamingTheLine() {
		Document page = refused("yot, youth offending team\nnul\u0000, byte\n\u0001\u0002\u00ff\ufffe, x");

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Line 2: remove the character that cannot be typed, such as a null byte",
				"Line 3: remove the character that cannot be typed, such as a null byte");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsOnly("#body");
	}

	@Test
	void aLineOfOnlyCommasIsAnEmptyGroup() {
		Document page = refused("yot, youth offending team\n,,, ,\n");

		assertThat(page.select("#body-error").text())
			.isEqualTo("Error: Line 2: enter words separated by commas, or delete the line");
	}

	@Test
	void groupsOfOneAndHalfMappingsAreRefused() {
		Document page = refused("zorbing\na =>\n=> b\na => b => c\n!!!, x\n");

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Line 1: add at least one more word or phrase with the same meaning, separated by a comma",
				"Line 2: put words on both sides of =>", "Line 3: put words on both sides of =>",
				"Line 4: use => only once on a line", "Line 5: \u201c!!!\u201d has no letters or numbers");
	}

	@Test
	void manyBadLinesListTheFirstTen() {
		Document page = refused("zorbing\n".repeat(30));

		assertThat(page.select(".govuk-error-summary a")).hasSize(11);
		assertThat(page.select(".govuk-error-summary a").last().text()).isEqualTo("And 20 more lines with a problem");
	}

	@Test
	void explicitMappingsAreSaved() {
		String body = "sen, special educational needs => sen, send\r\nzorbing, bubble football\r\n";

		HttpResponse<String> answer = this.editor.postWithToken(PATH, "body", body);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(PATH));
		assertThat(this.synonyms.saved().body())
			.isEqualTo("sen, special educational needs => sen, send\nzorbing, bubble football\n");
		Document page = Jsoup.parse(this.editor.get(PATH).body());
		assertThat(page.select(".govuk-notification-banner--success").text())
			.contains("Synonyms saved. They apply to search after the index is rebuilt.");
		assertThat(page.select(".govuk-notification-banner--success a").attr("href")).isEqualTo("/admin/search");
		assertThat(page.select("#synonyms-last-changed").text()).startsWith("Last changed by test-");
		Document again = Jsoup.parse(this.editor.get(PATH).body());
		assertThat(again.select(".govuk-notification-banner--success")).isEmpty();
		assertThat(again.select("#synonyms-pending").text())
			.contains("Saved changes apply from the next rebuild of the search index.");
		assertThat(again.select("#synonyms-pending a").attr("href")).isEqualTo("/admin/search");
	}

	@Test
	void theStandardSynonymsFillTheBoxWithoutBeingSaved() {
		HttpResponse<String> answer = this.editor.get(PATH + "/standard", "Accept", "text/html");

		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("#body").wholeText()).isEqualTo(this.synonyms.standard());
		assertThat(page.select("#synonyms-standard").text()).contains("They are not saved yet");
		assertThat(this.synonyms.saved()).isEqualTo(this.before);
	}

	private Document refused(String body) {
		HttpResponse<String> answer = this.editor.postWithToken(PATH, "body", body);
		assertThat(answer.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.title()).startsWith("Error: Synonyms");
		// The box holds what was sent (a browser shows U+0000 as U+FFFD).
		assertThat(page.selectFirst("#body").wholeText()).isEqualTo(body.replace('\u0000', '\ufffd'));
		assertThat(this.synonyms.saved()).isEqualTo(this.before);
		return page;
	}

}
