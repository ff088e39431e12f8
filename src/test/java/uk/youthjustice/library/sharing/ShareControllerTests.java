package uk.youthjustice.library.sharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.youthjustice.library.system.Choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// Each test posts from its own address: the rate limiter lives as long as the shared
// application context.
@WebMvcTest(ShareController.class)
@Import({ SharingWebTestSecurity.class, ShareFormValidator.class, SharingConfiguration.class })
class ShareControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Submissions submissions;

	@BeforeEach
	void options() {
		given(this.submissions.options()).willReturn(new Submissions.Options(
				List.of(new Choice("1", "Practice examples"), new Choice("2", "Custody and community")),
				List.of(new Choice("7", "Diversion"), new Choice("8", "Resettlement")),
				List.of(new Choice("3", "Promising"), new Choice("4", "Emerging"))));
	}

	@Test
	void theFormAsksForEverythingAnEditorNeedsAndGivesATokenForItsSession() throws Exception {
		Document page = page(get("/share"), status().isOk());
		assertThat(page.title()).isEqualTo("Share your practice \u2013 Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("Share your practice");
		assertThat(page.select("main form[action=/share] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("main form h2").eachText()).containsExactly("About you", "The practice", "Who it is for",
				"Aims and steps", "Evidence", "Who to contact about it", "Permission");
		assertThat(page.select("main form [name]").eachAttr("name")).contains("name", "email", "organisation", "role",
				"title", "summary", "category", "topics", "description", "ageFrom", "ageTo", "sex", "cost", "costText",
				"aims[0]", "steps[0]", "evidence", "evidenceText", "contactOrganisation", "contactName",
				"contactTelephone", "contactEmail", "consent", "website");
		assertThat(page.select("#category option").eachText()).containsExactly("Not sure", "Practice examples",
				"Custody and community");
		assertThat(page.select("input[name=topics]").eachAttr("value")).containsExactly("7", "8");
		assertThat(page.select("input[name=sex]").eachAttr("value")).containsExactly("MALE", "FEMALE",
				"NOT_APPLICABLE");
		assertThat(page.select("input[name=cost]").eachAttr("value")).containsExactly("free", "has-cost", "not-sure");
		assertThat(page.select("input[name=evidence]").eachAttr("value")).containsExactly("3", "4", "not-sure");
		assertThat(page.select("label[for=evidence-2]").text()).isEqualTo("Not sure");
		assertThat(page.select("#description").parents().select(".govuk-character-count").attr("data-maxlength"))
			.isEqualTo("10000");
		assertThat(page.select("main").text()).contains("more than 30 minutes");
		assertThat(page.select("#feedback")).as("Is this page useful? as on every page").hasSize(1);
	}

	@Test
	void theHoneypotIsOffScreenOutOfTheTabOrderAndLabelled() throws Exception {
		Document page = page(get("/share"), status().isOk());
		var honeypot = page.select("input#website").first();
		assertThat(honeypot).isNotNull();
		assertThat(honeypot.attr("type")).isEqualTo("text");
		assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
		assertThat(honeypot.attr("autocomplete")).isEqualTo("off");
		assertThat(honeypot.attr("value")).isEmpty();
		assertThat(page.select("label[for=website]").text()).isEqualTo("Leave this field empty");
		assertThat(honeypot.parent().hasClass("library-off-screen")).isTrue();
		assertThat(honeypot.parent().attr("style")).doesNotContain("display");
		assertThat(honeypot.hasAttr("hidden")).isFalse();
	}

	@Test
	void enterInATextBoxSendsTheFormRatherThanEditingAList() throws Exception {
		Document page = page(get("/share"), status().isOk());
		var first = page.select("main form[action=/share] button[type=submit]").first();
		assertThat(first.hasAttr("name")).as("the first submit button is a plain send").isFalse();
		assertThat(first.attr("tabindex")).isEqualTo("-1");
	}

	@Test
	void aCompleteSubmissionIsStoredAndThankedAfterARedirect() throws Exception {
		this.mvc.perform(complete().with(from())).andExpect(redirectedUrl("/share/sent"));
		ArgumentCaptor<ShareForm> sent = ArgumentCaptor.forClass(ShareForm.class);
		verify(this.submissions).submit(sent.capture());
		ShareForm form = sent.getValue();
		assertThat(form.name()).isEqualTo("Sam Practitioner");
		assertThat(form.aims()).containsExactly("Fewer missed appointments", "");
		assertThat(form.topics()).containsExactly("7", "8");
		assertThat(form.ageFrom()).isEqualTo("10");
		assertThat(form.hasConsent()).isTrue();

		Document thanks = page(get("/share/sent"), status().isOk());
		assertThat(thanks.select(".govuk-panel__title").text()).isEqualTo("Practice sent");
		assertThat(thanks.select("main h2").eachText()).contains("What happens next");
		assertThat(thanks.select("main").text()).contains("6 months after an editor decides");
	}

	@Test
	void anEmptyFormIsExplainedFieldByFieldInTheOrderOfTheForm() throws Exception {
		Document page = page(post("/share").with(csrf()).with(from()), status().isUnprocessableContent());
		assertThat(page.title()).isEqualTo("Error: Share your practice \u2013 Youth Justice Practice Library");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name", "#email",
				"#organisation", "#title", "#summary", "#description", "#ageFrom", "#ageTo", "#sex", "#cost",
				"#aims%5B0%5D", "#steps%5B0%5D", "#evidence", "#contactOrganisation", "#contactTelephone", "#consent");
		assertThat(page.select("#name-error").text()).isEqualTo("Error: Enter your name");
		assertThat(page.select("#aims\\[0\\]-error").text()).isEqualTo("Error: Enter at least one aim");
		assertThat(page.select("#consent-error").text())
			.isEqualTo("Error: Confirm that we may contact you and publish an edited version");
		assertThat(page.select("#contactTelephone-error").text())
			.isEqualTo("Error: Enter a telephone number or an email address for the contact");
		assertThat(page.select("#name").attr("aria-describedby")).isEqualTo("name-error");
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void blankRequiredFieldsMadeOfSpacesAreBlank() throws Exception {
		Document page = page(complete("name", "   ", "title", "\t").with(from()), status().isUnprocessableContent());
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name", "#title");
		verify(this.submissions, never()).submit(any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					email        | sam@                | Enter an email address in the correct format, like name@example.org.uk
					email        | sam example.org     | Enter an email address in the correct format, like name@example.org.uk
					contactEmail | team@@example       | Enter the email address of the contact in the correct format, like team@example.org.uk
					ageFrom      | 30                  | The youngest age must be between 0 and 25
					ageTo        | 26                  | The oldest age must be between 0 and 25
					ageFrom      | ten                 | The youngest age must be a whole number, like 10
					ageTo        | 17.5                | The oldest age must be a whole number, like 17
					ageTo        | 9                   | The oldest age must be the same as or more than the youngest age
					sex          | UNKNOWN             | Select who it was designed for
					evidence     | strong              | Select what evidence there is from the list
					category     | 1 OR 1=1            | Select a category from the list
					""")
	void badValuesAreExplainedAtTheirFieldAndKept(String field, String value, String message) throws Exception {
		Document page = page(complete(field, value).with(from()), status().isUnprocessableContent());
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#" + field);
		assertThat(page.select("#" + field + "-error").text()).isEqualTo("Error: " + message);
		if (page.select("input#" + field + "[type=text], input#" + field + "[type=email]").size() == 1) {
			assertThat(page.select("#" + field).val()).isEqualTo(value);
		}
		assertThat(page.select("#title").val()).isEqualTo("Speech and language screening");
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void tooLongTextIsRefusedAndKept() throws Exception {
		String title = "t".repeat(301);
		String description = "d".repeat(20_000);
		String aim = "a".repeat(1001);
		Document page = page(complete("title", title, "description", description, "aims[1]", aim).with(from()),
				status().isUnprocessableContent());
		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"The title must be 300 characters or fewer", "The description must be 10,000 characters or fewer",
				"Aim 2 must be 1,000 characters or fewer");
		assertThat(page.select("#title").val()).isEqualTo(title);
		assertThat(page.select("#description").val()).isEqualTo(description);
		assertThat(page.select("textarea[name=aims[1]]").val()).isEqualTo(aim);
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void aCostNeedsSayingWhatItIs() throws Exception {
		Document page = page(complete("cost", "has-cost", "costText", "").with(from()),
				status().isUnprocessableContent());
		assertThat(page.select("#costText-error").text()).isEqualTo("Error: Enter what it costs");
		assertThat(page.select("input[name=cost][checked]").val()).isEqualTo("has-cost");
	}

	@Test
	void withoutConsentNothingIsStoredAndEverythingElseIsKept() throws Exception {
		Document page = page(complete("consent", "").with(from()), status().isUnprocessableContent());
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#consent");
		assertThat(page.select("#consent").hasAttr("checked")).isFalse();
		assertThat(page.select("#email").val()).isEqualTo("sam@yjs.example.org.uk");
		assertThat(page.select("input[name=topics][checked]").eachAttr("value")).containsExactly("7", "8");
		assertThat(page.select("input[name=sex][checked]").val()).isEqualTo("FEMALE");
		assertThat(page.select("input[name=evidence][checked]").val()).isEqualTo("3");
		assertThat(page.select("#category option[selected]").val()).isEqualTo("1");
		assertThat(page.select("textarea[name^=aims]").stream().map(Element::val).toList())
			.containsExactly("Fewer missed appointments", "");
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void aFilledHoneypotIsThankedButNotStoredWhateverElseWasSent() throws Exception {
		this.mvc.perform(complete("website", "http://spam.example").with(from()))
			.andExpect(redirectedUrl("/share/sent"));
		this.mvc.perform(post("/share").with(csrf()).param("website", "x").param("email", "not an email").with(from()))
			.andExpect(redirectedUrl("/share/sent"));
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void scriptInEveryFieldIsStoredAsTheTextItIs() throws Exception {
		MockHttpServletRequestBuilder request = post("/share").with(csrf()).with(from());
		for (String field : List.of("name", "organisation", "role", "title", "summary", "description", "costText",
				"aims[0]", "steps[0]", "evidenceText", "contactOrganisation", "contactName", "contactTelephone")) {
			request.param(field, SCRIPT);
		}
		request.param("email", "a<script>@example.org")
			.param("contactEmail", "b<script>@example.org")
			.param("ageFrom", "10")
			.param("ageTo", "17")
			.param("sex", "MALE")
			.param("cost", "has-cost")
			.param("evidence", "not-sure")
			.param("consent", "yes");
		this.mvc.perform(request).andExpect(redirectedUrl("/share/sent"));
		ArgumentCaptor<ShareForm> sent = ArgumentCaptor.forClass(ShareForm.class);
		verify(this.submissions).submit(sent.capture());
		ShareForm form = sent.getValue();
		assertThat(List.of(form.name(), form.organisation(), form.role(), form.title(), form.summary(),
				form.description(), form.costText(), form.aims().get(0), form.steps().get(0), form.evidenceText(),
				form.contactOrganisation(), form.contactName(), form.contactTelephone()))
			.containsOnly(SCRIPT);
		assertThat(form.email()).isEqualTo("a<script>@example.org");
	}

	@Test
	void scriptIsShownBackAsTextWhenTheFormHasErrors() throws Exception {
		String html = this.mvc.perform(complete("title", SCRIPT, "ageFrom", SCRIPT).with(from()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		assertThat(Jsoup.parse(html).select("#title").val()).isEqualTo(SCRIPT);
	}

	@Test
	void controlCharactersAreDroppedAndLineBreaksKept() throws Exception {
		this.mvc.perform(complete("description", "First line\r\nSecond\u0000 line").with(from()))
			.andExpect(redirectedUrl("/share/sent"));
		ArgumentCaptor<ShareForm> sent = ArgumentCaptor.forClass(ShareForm.class);
		verify(this.submissions).submit(sent.capture());
		assertThat(sent.getValue().description()).isEqualTo("First line\nSecond line");
	}

	@Test
	void withoutACsrfTokenNothingIsStored() throws Exception {
		this.mvc.perform(filledIn(post("/share")).with(from())).andExpect(status().isForbidden());
		this.mvc.perform(filledIn(post("/share")).with(csrf().useInvalidToken()).with(from()))
			.andExpect(status().isForbidden());
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void theSixthSubmissionInAnHourFromOneAddressIsRefusedWithItsTextKept() throws Exception {
		String address = nextAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(complete().with(from(address))).andExpect(redirectedUrl("/share/sent"));
		}
		Document page = Jsoup.parse(this.mvc.perform(complete().with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".govuk-notification-banner__heading").text())
			.isEqualTo("You have sent several practice examples in a short time");
		assertThat(page.select(".govuk-notification-banner").text()).contains("We have kept what you wrote.");
		assertThat(page.select("#title").val()).isEqualTo("Speech and language screening");
		verify(this.submissions, times(5)).submit(any());

		this.mvc.perform(complete().with(from(nextAddress()))).andExpect(redirectedUrl("/share/sent"));
		verify(this.submissions, times(6)).submit(any());
	}

	@Test
	void mistakesAndListEditsDoNotCountAgainstTheLimit() throws Exception {
		String address = nextAddress();
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(post("/share").with(csrf()).with(from(address)))
				.andExpect(status().isUnprocessableContent());
			this.mvc.perform(complete("add", "aims").with(from(address))).andExpect(status().isOk());
		}
		this.mvc.perform(complete().with(from(address))).andExpect(redirectedUrl("/share/sent"));
	}

	@Test
	void addAnotherWithoutJavaScriptShowsTheFormAgainWithAnotherBoxAndNoErrors() throws Exception {
		Document page = page(post("/share").with(csrf())
			.param("title", "Kept")
			.param("aims[0]", "First aim")
			.param("add", "aims")
			.with(from()), status().isOk());
		assertThat(page.title()).doesNotStartWith("Error");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
		assertThat(page.select("textarea[name^=aims]").eachAttr("name")).containsExactly("aims[0]", "aims[1]");
		assertThat(page.select("textarea[name=aims[0]]").val()).isEqualTo("First aim");
		assertThat(page.select("#title").val()).isEqualTo("Kept");
		assertThat(page.select("label[for=aims[1]]").text()).isEqualTo("Aim 2");

		Document removed = page(complete("remove", "aims:0").with(from()), status().isOk());
		assertThat(removed.select("textarea[name^=aims]").stream().map(Element::val).toList()).containsExactly("");
		verify(this.submissions, never()).submit(any());
	}

	@Test
	void absurdListsAreRefusedWithoutHarm() throws Exception {
		MockHttpServletRequestBuilder tooMany = complete();
		for (int i = 2; i <= 60; i++) {
			tooMany.param("aims[" + i + "]", "Aim " + i);
		}
		Document page = page(tooMany.with(from()), status().isUnprocessableContent());
		assertThat(page.select(".govuk-error-summary__list a").eachText())
			.containsExactly("You can enter up to 50 aims");

		for (String index : List.of("256", "100000", "2147483647")) {
			Document refused = page(complete("aims[" + index + "]", "far away").with(from()), status().isBadRequest());
			assertThat(refused.select("h1").text()).isEqualTo("We could not read what was sent");
		}
		verify(this.submissions, never()).submit(any());
	}

	private Document page(MockHttpServletRequestBuilder request, ResultMatcher status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andExpect(status).andReturn().getResponse().getContentAsString());
	}

	/**
	 * A submission with every field filled in well, as a browser sends it, with some
	 * fields changed: name and value pairs.
	 */
	private static MockHttpServletRequestBuilder complete(String... changes) {
		return filledIn(post("/share").with(csrf()), changes);
	}

	private static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request, String... changes) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("name", List.of("Sam Practitioner"));
		fields.put("email", List.of("sam@yjs.example.org.uk"));
		fields.put("organisation", List.of("Example Youth Justice Service"));
		fields.put("role", List.of("Speech and language therapist"));
		fields.put("title", List.of("Speech and language screening"));
		fields.put("summary", List.of("Every child is screened at the first appointment."));
		fields.put("category", List.of("1"));
		fields.put("topics", List.of("7", "8"));
		fields.put("description", List.of("We screen every child.\n\nThen we adapt how we talk to them."));
		fields.put("ageFrom", List.of("10"));
		fields.put("ageTo", List.of("17"));
		fields.put("sex", List.of("FEMALE"));
		fields.put("cost", List.of("free"));
		fields.put("costText", List.of(""));
		fields.put("aims[0]", List.of("Fewer missed appointments"));
		fields.put("aims[1]", List.of(""));
		fields.put("steps[0]", List.of("Train case workers"));
		fields.put("evidence", List.of("3"));
		fields.put("evidenceText", List.of("An internal evaluation"));
		fields.put("contactOrganisation", List.of("Example Youth Justice Service"));
		fields.put("contactName", List.of("Sam Practitioner"));
		fields.put("contactTelephone", List.of("0113 496 0000"));
		fields.put("contactEmail", List.of(""));
		fields.put("consent", List.of("yes"));
		fields.put("website", List.of(""));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], List.of(changes[i + 1]));
		}
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private static RequestPostProcessor from() {
		return from(nextAddress());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String nextAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

}
