package uk.youthjustice.library.feedback;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// CSRF and cookies are the security chain's business, tested against the whole library in
// FeedbackIT. Each test posts from its own address, because the rate limiter lives as long as
// the shared application context.
@WebMvcTest(FeedbackController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ FeedbackConfiguration.class, ProblemFormValidator.class })
class FeedbackControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FeedbackInbox inbox;

	@MockitoBean
	PublicAddress address;

	@BeforeEach
	void publicAddress() {
		given(this.address.of(anyString()))
			.willAnswer((call) -> "https://library.example.org.uk" + call.getArgument(0, String.class));
	}

	@Test
	void yesIsStoredAndTheReaderIsThankedOnThePageTheyWereOn() throws Exception {
		this.mvc.perform(answer("/resources/heritage-panel", "yes").with(from("192.0.2.1")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/resources/heritage-panel?feedback=thanks#feedback"));
		verify(this.inbox).recordAnswer("/resources/heritage-panel", true);
	}

	@Test
	void noIsStoredAndLeadsToTheProblemForm() throws Exception {
		this.mvc.perform(answer("/resources/heritage-panel", "no").with(from("192.0.2.2")))
			.andExpect(redirectedUrl("/feedback/problem?page=%2Fresources%2Fheritage-panel&answer=no"));
		verify(this.inbox).recordAnswer("/resources/heritage-panel", false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)",
			SCRIPT, "/resources/x?q=1", "/\r\nSet-Cookie: x=1", "relative", "" })
	void anyPageButASameSitePathIsRecordedAndRedirectedAsTheHomePage(String page) throws Exception {
		this.mvc.perform(answer(page, "yes").with(from("192.0.2.3")))
			.andExpect(redirectedUrl("/?feedback=thanks#feedback"));
		verify(this.inbox).recordAnswer("/", true);
	}

	@Test
	void aFiveThousandCharacterPageOrNoPageAtAllIsTheHomePage() throws Exception {
		this.mvc.perform(answer("/" + "a".repeat(5000), "yes").with(from("192.0.2.4")))
			.andExpect(redirectedUrl("/?feedback=thanks#feedback"));
		this.mvc.perform(post("/feedback").param("useful", "yes").with(from("192.0.2.4")))
			.andExpect(redirectedUrl("/?feedback=thanks#feedback"));
		verify(this.inbox, times(2)).recordAnswer("/", true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "maybe", SCRIPT })
	void anAnswerThatIsNeitherYesNorNoIsExplainedAndNotStored(String useful) throws Exception {
		String html = html(answer("/contacts", useful).with(from("192.0.2.5")), status().isBadRequest());
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("We could not record your answer");
		assertThat(page.select("main a.govuk-link").attr("href")).isEqualTo("/contacts");
		assertThat(html).doesNotContain("<script>alert");
		verifyNoInteractions(this.inbox);
	}

	@Test
	void aMissingAnswerIsExplained() throws Exception {
		this.mvc.perform(post("/feedback").param("page", "/contacts").with(from("192.0.2.5")))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.inbox);
	}

	@Test
	void theProblemFormAsksTwoQuestionsWithLimitsAndNoPromptOfItsOwn() throws Exception {
		Document page = page(get("/feedback/problem").param("page", "/contacts").param("answer", "no"));
		assertThat(page.title()).isEqualTo("Help us improve the library \u2013 Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("Help us improve the library");
		assertThat(page.select(".govuk-inset-text").text()).startsWith("Thank you for your answer.");
		assertThat(page.select("form[action=/feedback/problem] input[type=hidden][name=page]").val())
			.isEqualTo("/contacts");
		assertThat(page.select("main a.library-feedback__page").text())
			.isEqualTo("https://library.example.org.uk/contacts");
		assertThat(page.select("label[for=whatDoing]").text()).isEqualTo("What were you doing?");
		assertThat(page.select("label[for=whatWrong]").text()).isEqualTo("What went wrong?");
		assertThat(page.select(".govuk-character-count").eachAttr("data-maxlength")).containsExactly("1200", "1200");
		assertThat(page.select("#whatDoing-info").text()).isEqualTo("You can enter up to 1,200 characters");
		assertThat(page.select("#whatDoing").attr("aria-describedby")).isEqualTo("whatDoing-info");
		assertThat(page.select("input[name=_csrf]")).isEmpty();
		assertThat(page.select("#feedback")).as("no \"Is this page useful?\" on the feedback form").isEmpty();
	}

	@Test
	void theProblemFormOnlyEverLinksBackToThisSite() throws Exception {
		Document page = page(get("/feedback/problem").param("page", "//evil.example/"));
		assertThat(page.select("input[name=page]").val()).isEqualTo("/");
		assertThat(page.select("main a.govuk-link").eachAttr("href")).containsOnly("/");
		assertThat(page.select(".govuk-inset-text")).isEmpty();
	}

	@Test
	void anEmptyReportIsExplainedFieldByFieldInTheOrderOfTheForm() throws Exception {
		String html = html(report("/contacts", "  ", "").with(from("192.0.2.6")), status().isUnprocessableContent());
		Document page = Jsoup.parse(html);
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#whatDoing",
				"#whatWrong");
		assertThat(page.select("#whatDoing-error").text()).isEqualTo("Error: Enter what you were doing");
		assertThat(page.select("#whatWrong-error").text()).isEqualTo("Error: Enter what went wrong");
		assertThat(page.select("#whatDoing").attr("aria-describedby")).isEqualTo("whatDoing-info whatDoing-error");
		assertThat(page.select("#whatDoing").hasClass("govuk-textarea--error")).isTrue();
		assertThat(page.select("input[name=page]").val()).isEqualTo("/contacts");
		verify(this.inbox, never()).recordProblem(anyString(), anyString(), anyString());
	}

	@Test
	void aReportWithNoFieldsAtAllIsExplainedToo() throws Exception {
		String html = html(post("/feedback/problem").with(from("192.0.2.7")), status().isUnprocessableContent());
		Document page = Jsoup.parse(html);
		assertThat(page.select(".govuk-error-summary__list a")).hasSize(2);
		assertThat(page.select("input[name=page]").val()).isEqualTo("/");
		verify(this.inbox, never()).recordProblem(anyString(), anyString(), anyString());
	}

	@Test
	void fiveThousandCharactersAreTooManyAndAreKeptToBeShortened() throws Exception {
		String essay = "a".repeat(5000);
		String html = html(report("/contacts", essay, essay).with(from("192.0.2.8")),
				status().isUnprocessableContent());
		Document page = Jsoup.parse(html);
		assertThat(page.select("#whatDoing-error").text())
			.isEqualTo("Error: What you were doing must be 1,200 characters or fewer");
		assertThat(page.select("#whatWrong-error").text())
			.isEqualTo("Error: What went wrong must be 1,200 characters or fewer");
		assertThat(page.select("#whatDoing").val()).isEqualTo(essay);
		assertThat(page.select("#whatWrong").val()).isEqualTo(essay);
		verify(this.inbox, never()).recordProblem(anyString(), anyString(), anyString());
	}

	@Test
	void lineBreaksCountOnceAsTheCharacterCountCountsThem() throws Exception {
		String sixHundredLines = "a\r\n".repeat(600);
		this.mvc.perform(report("/contacts", sixHundredLines, "Nothing").with(from("192.0.2.9")))
			.andExpect(redirectedUrl("/feedback/thanks?page=%2Fcontacts"));
		verify(this.inbox).recordProblem(eq("/contacts"), eq("a\n".repeat(599) + "a"), eq("Nothing"));
	}

	@Test
	void aScriptIsKeptAsTextAndNeverReflectedAsMarkup() throws Exception {
		String html = html(report(SCRIPT, SCRIPT, "").with(from("192.0.2.10")), status().isUnprocessableContent());
		assertThat(html).doesNotContain("<script>alert");
		Document page = Jsoup.parse(html);
		assertThat(page.select("#whatDoing").val()).isEqualTo(SCRIPT);
		assertThat(page.select("input[name=page]").val()).isEqualTo("/");
	}

	@Test
	void aValidReportIsStoredWithoutControlCharactersAndTheReaderIsThanked() throws Exception {
		this.mvc.perform(report("/contacts", " Looking\u0000 for a phone number ", SCRIPT).with(from("192.0.2.11")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/feedback/thanks?page=%2Fcontacts"));
		verify(this.inbox).recordProblem("/contacts", "Looking for a phone number", SCRIPT);
	}

	@Test
	void theThankYouPageLinksBackToThePageOrHome() throws Exception {
		Document page = page(get("/feedback/thanks").param("page", "/contacts"));
		assertThat(page.select("h1").text()).isEqualTo("Thank you for your feedback");
		assertThat(page.select("main a.govuk-link").attr("href")).isEqualTo("/contacts");
		Document elsewhere = page(get("/feedback/thanks").param("page", "https://evil.example/"));
		assertThat(elsewhere.select("main a.govuk-link").attr("href")).isEqualTo("/");
	}

	@Test
	void theFormAddressItselfLeadsToTheProblemForm() throws Exception {
		this.mvc.perform(get("/feedback")).andExpect(redirectedUrl("/feedback/problem"));
	}

	@Test
	void theEleventhAnswerInTenMinutesIsRefusedPolitely() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(answer("/contacts", "yes").with(from("198.51.100.1"))).andExpect(status().isFound());
		}
		MockHttpServletResponse response = this.mvc.perform(answer("/contacts", "yes").with(from("198.51.100.1")))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse();
		// One answer comes back every minute; a little of that minute has passed.
		assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isBetween(50, 60);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("You have sent a lot of feedback in a short time");
		assertThat(page.select("main").text()).contains("Try again in 1 minute.");
		assertThat(page.select("main a.govuk-link").attr("href")).isEqualTo("/contacts");
		verify(this.inbox, times(10)).recordAnswer("/contacts", true);

		this.mvc.perform(answer("/contacts", "yes").with(from("198.51.100.2"))).andExpect(status().isFound());
	}

	@Test
	void aReportOverTheLimitIsRefusedButWhatWasWrittenIsKept() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(report("/contacts", "", "").with(from("198.51.100.3")));
		}
		String html = html(report("/contacts", "Reading", "A broken link").with(from("198.51.100.3")),
				status().isTooManyRequests());
		Document page = Jsoup.parse(html);
		assertThat(page.select(".govuk-notification-banner").text())
			.contains("You have sent a lot of feedback in a short time")
			.contains("Wait 1 minute, then send your report again.");
		assertThat(page.select("#whatDoing").val()).isEqualTo("Reading");
		assertThat(page.select("#whatWrong").val()).isEqualTo("A broken link");
		verify(this.inbox, never()).recordProblem(any(), any(), any());
		verify(this.inbox, never()).recordAnswer(any(), anyBoolean());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(html(request, status().isOk()));
	}

	private String html(MockHttpServletRequestBuilder request, ResultMatcher expectedStatus) throws Exception {
		return this.mvc.perform(request).andExpect(expectedStatus).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder answer(String page, String useful) {
		return post("/feedback").param("page", page).param("useful", useful);
	}

	private static MockHttpServletRequestBuilder report(String page, String whatDoing, String whatWrong) {
		return post("/feedback/problem").param("page", page)
			.param("whatDoing", whatDoing)
			.param("whatWrong", whatWrong);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
