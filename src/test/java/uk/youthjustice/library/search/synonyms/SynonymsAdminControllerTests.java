package uk.youthjustice.library.search.synonyms;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The synonyms page as HTML, with the service mocked: who changed them and when in UK
 * time, what waits for a rebuild, and how refused synonyms come back.
 */
@WebMvcTest(SynonymsAdminController.class)
class SynonymsAdminControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Synonyms synonyms;

	@Test
	void showsTheSavedSynonymsWithWhoChangedThemLastInUkTime() throws Exception {
		// 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
		given(this.synonyms.saved()).willReturn(new SavedSynonyms("yot, youth offending team\n" + SCRIPT + ", x", 4,
				Instant.parse("2025-06-30T23:30:00Z"), "sam@example.org"));

		String html = html(get("/admin/search/synonyms"));
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("Synonyms – Youth Justice Practice Library");
		assertThat(page.select("#synonyms-last-changed").text())
			.isEqualTo("Last changed by sam@example.org on 1 July 2025 at 12:30am.");
		assertThat(page.selectFirst("#body").wholeText()).isEqualTo("yot, youth offending team\n" + SCRIPT + ", x");
		assertThat(html).doesNotContain(SCRIPT);
		assertThat(page.select("#synonyms-pending")).isEmpty();
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Search");
		assertThat(page.select("form[action=/admin/search/synonyms] a.govuk-button--secondary").attr("href"))
			.isEqualTo("/admin/search/synonyms/standard");
	}

	@Test
	void saysWhenSavedSynonymsWaitForARebuild() throws Exception {
		given(this.synonyms.saved()).willReturn(new SavedSynonyms("a, b", 0, null, null));
		given(this.synonyms.pendingChanges()).willReturn(true);

		Document page = Jsoup.parse(html(get("/admin/search/synonyms")));

		assertThat(page.select("#synonyms-last-changed").text())
			.isEqualTo("These are the standard synonyms. Nobody has changed them yet.");
		assertThat(page.select("#synonyms-pending").text())
			.isEqualTo("Saved changes apply from the next rebuild of the search index. Rebuild the search index");
		assertThat(page.select("#synonyms-pending a").attr("href")).isEqualTo("/admin/search");
	}

	@Test
	void refusedSynonymsComeBackAsTypedWithEachProblem() throws Exception {
		given(this.synonyms.saved()).willReturn(new SavedSynonyms("a, b", 0, null, null));
		willThrow(new SynonymsRejected(List.of(new SynonymProblem(2, "synonyms.error.one-term"),
				new SynonymProblem(1_500, "synonyms.error.no-words", SCRIPT))))
			.given(this.synonyms)
			.save(anyString(), anyString());

		String html = this.mvc
			.perform(editor(post("/admin/search/synonyms")).param("body", "a, b\r\nzorbing\r\n" + SCRIPT))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("Error: Synonyms – Youth Justice Practice Library");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Line 2: add at least one more word or phrase with the same meaning, separated by a comma",
				"Line 1,500: \u201c" + SCRIPT + "\u201d has no letters or numbers");
		assertThat(page.select("#body-error").text()).startsWith("Error: Line 2:");
		assertThat(page.select("#body").attr("aria-describedby")).isEqualTo("body-hint body-error");
		assertThat(page.selectFirst("#body").wholeText()).isEqualTo("a, b\nzorbing\n" + SCRIPT);
		assertThat(html).doesNotContain(SCRIPT);
		verify(this.synonyms).save("a, b\nzorbing\n" + SCRIPT, "e@example.org");
	}

	@Test
	void savedSynonymsRedirectWithTheBanner() throws Exception {
		this.mvc.perform(editor(post("/admin/search/synonyms")).param("body", "a, b"))
			.andExpect(redirectedUrl("/admin/search/synonyms"))
			.andExpect(flash().attribute("synonymsSaved", true));
		verify(this.synonyms).save("a, b", "e@example.org");
	}

	@Test
	void anEmptyBoxMeansNoSynonyms() throws Exception {
		this.mvc.perform(editor(post("/admin/search/synonyms")).param("body", ""))
			.andExpect(redirectedUrl("/admin/search/synonyms"));
		verify(this.synonyms).save("", "e@example.org");
	}

	@Test
	void theStandardSynonymsArePutInTheBoxNotSaved() throws Exception {
		given(this.synonyms.saved()).willReturn(new SavedSynonyms("a, b", 3, Instant.now(), "sam@example.org"));
		given(this.synonyms.standard()).willReturn("yot, youth offending team\n");

		Document page = Jsoup.parse(html(get("/admin/search/synonyms/standard")));

		assertThat(page.selectFirst("#body").wholeText()).isEqualTo("yot, youth offending team\n");
		assertThat(page.select("#synonyms-standard").text()).contains("They are not saved yet");
		assertThat(page.select("form a.govuk-link").attr("href")).isEqualTo("/admin/search/synonyms");
		assertThat(page.select("a.govuk-button--secondary")).isEmpty();
		verify(this.synonyms, never()).save(any(), any());
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(editor(request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder editor(MockHttpServletRequestBuilder request) {
		return request.with(user("e@example.org").roles("EDITOR")).with(csrf());
	}

}
