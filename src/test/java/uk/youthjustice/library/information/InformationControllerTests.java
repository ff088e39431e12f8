package uk.youthjustice.library.information;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(InformationController.class)
@AutoConfigureMockMvc(addFilters = false)
@TestPropertySource(properties = { "library.contact-email=dpo@library.example.org.uk",
		"library.organisation-name=the Example Youth Justice Board",
		"server.servlet.session.cookie.name=LIBRARY_SESSION", "server.servlet.session.timeout=20m" })
class InformationControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicAddress address;

	@BeforeEach
	void publicAddress() {
		given(this.address.of("/")).willReturn("https://library.example.org.uk/");
	}

	@Test
	void accessibilityStatementFollowsTheModelStatement() throws Exception {
		Document page = page("/accessibility");
		assertThat(page.title()).isEqualTo("Accessibility statement \u2013 Youth Justice Practice Library");
		assertThat(page.select("h1").text())
			.isEqualTo("Accessibility statement for the Youth Justice Practice Library");
		assertThat(page.select("main h2").eachText()).containsExactly("How accessible this website is",
				"What to do if you cannot access parts of this website",
				"Reporting accessibility problems with this website", "Enforcement procedure",
				"Technical information about this website's accessibility", "Non-accessible content",
				"What we are doing to improve accessibility", "Preparation of this accessibility statement");
		String text = page.select("main").text();
		assertThat(text).contains(
				"This accessibility statement applies to the Youth Justice Practice Library at https://library.example.org.uk/.")
			.contains("This website is run by the Example Youth Justice Board.")
			.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard")
			.contains("Equality and Human Rights Commission (EHRC)")
			.contains("axe-core")
			.contains("Nu Html Checker")
			.contains("375 pixels")
			.contains("This statement was prepared on 23 November 2026.");
		assertThat(page.select("main a[href^=mailto:]").eachAttr("href"))
			.containsOnly("mailto:dpo@library.example.org.uk");
	}

	@Test
	void privacyNoticeNamesTheControllerWhatIsKeptAndWhoToAsk() throws Exception {
		Document page = page("/privacy");
		assertThat(page.select("h1").text()).isEqualTo("Privacy notice");
		String text = page.select("main").text();
		assertThat(text).contains("The library is run by the Example Youth Justice Board, which is the data controller")
			.contains("Server logs")
			.contains("the address of the page it was about")
			.contains("up to 10 minutes after your last message")
			.contains("after 20 minutes without activity")
			.contains("we keep the words you searched for")
			.contains("We keep nothing with them that identifies you")
			.contains("Searches and the results chosen from them: 12 months, then they are deleted automatically.")
			.contains("Information Commissioner's Office");
		assertThat(page.select("main a[href^=mailto:]").text()).isEqualTo("dpo@library.example.org.uk");
		assertThat(page.select("main a[href=/cookies]")).hasSize(1);
	}

	@Test
	void cookiesPageListsTheOneSessionCookieByItsConfiguredName() throws Exception {
		Document page = page("/cookies");
		assertThat(page.select("h1").text()).isEqualTo("Cookies");
		assertThat(page.select("main table caption").text()).isEqualTo("The cookie we set");
		assertThat(page.select("main table thead th").eachText()).containsExactly("Name", "Purpose", "Expires");
		assertThat(page.select("main table tbody tr")).hasSize(1);
		assertThat(page.select("main table tbody td").eachText()).containsExactly("LIBRARY_SESSION",
				"Keeps you signed in and protects your forms",
				"When you sign out or close your browser, or after 20 minutes without activity");
		assertThat(page.select("main").text()).contains("If you only read the library, we do not set any cookies.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/accessibility", "/privacy", "/cookies" })
	void everyMessageIsFoundAndFilledIn(String path) throws Exception {
		String text = page(path).text();
		assertThat(text).doesNotContain("??").doesNotContain("{0").doesNotContain("[").doesNotContain("TODO");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/accessibility", "/privacy", "/cookies" })
	void askIsThisPageUsefulWithoutATokenOrSession(String path) throws Exception {
		Document page = page(path);
		assertThat(page.select("#feedback h2").text()).isEqualTo("Is this page useful?");
		assertThat(page.select("#feedback form").attr("action")).isEqualTo("/feedback");
		assertThat(page.select("#feedback form").attr("method")).isEqualTo("post");
		assertThat(page.select("#feedback input[name=page]").val()).isEqualTo(path);
		assertThat(page.select("#feedback button[name=useful]").eachAttr("value")).containsExactly("yes", "no");
		assertThat(page.select("#feedback button").eachText()).containsExactly("Yes this page is useful",
				"No this page is not useful");
		assertThat(page.select("#feedback a").attr("href")).isEqualTo("/feedback/problem?page=" + path);
		assertThat(page.select("#feedback a").text()).isEqualTo("Report a problem with this page");
		assertThat(page.select("#feedback input[name=_csrf]")).isEmpty();
	}

	@Test
	void afterAnAnswerThePromptSaysThankYouInsteadOfAskingAgain() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/cookies").param("feedback", "thanks"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#feedback-thanks").text()).isEqualTo("Thank you for your feedback");
		assertThat(page.select("#feedback form")).isEmpty();
		assertThat(page.select("#feedback a").text()).isEqualTo("Report a problem with this page");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
