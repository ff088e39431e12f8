package uk.youthjustice.library.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.DateInput;
import uk.youthjustice.library.system.Pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
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
 * The contact card admin pages as HTML, with the service mocked and the real validator at
 * a fixed date (1 June 2026): what an editor sees, what bad input gets back, and what
 * reaches the service.
 */
@WebMvcTest(ContactAdminController.class)
@Import({ ContactFormValidator.class, ContactAdminControllerTests.FixedClock.class })
class ContactAdminControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final CardIdentity KWAME = new CardIdentity(5L, "lambeth-kwame", "Lambeth YOS", "Kwame Mensah");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ContactAdmin admin;

	@MockitoBean
	ContactCardRepository cards;

	@Test
	void theListShowsCardsStaleOnesTaggedWithTheSearchAndFiltersKept() throws Exception {
		List<Choice> regions = List.of(new Choice("London", "London"), new Choice("Wales", "Wales"),
				new Choice(ContactDirectoryPage.NOT_RECORDED, null));
		List<ContactAdminPage.Row> rows = List.of(
				new ContactAdminPage.Row(5L, "Lambeth YOS", "Kwame Mensah", "kwame@example.org", "London",
						LocalDate.of(2024, 3, 2), true),
				new ContactAdminPage.Row(6L, SCRIPT, null, null, null, null, true));
		Pagination pages = Pagination.of(2, 3, (n) -> "/admin/contacts?q=lambeth&region=London&stale=true&page=" + n);
		given(this.admin.list(new ContactListParameters("lambeth", "London", "true", "2")))
			.willReturn(new ContactAdminPage("lambeth", "London", true, regions, 52, rows, pages));

		String html = html(get("/admin/contacts").param("q", "lambeth")
			.param("region", "London")
			.param("stale", "true")
			.param("page", "2"));
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("Contact cards – Youth Justice Practice Library");
		assertThat(page.select("#q").val()).isEqualTo("lambeth");
		assertThat(page.select("#region option[selected]").text()).isEqualTo("London");
		assertThat(page.select("#region option").eachText()).containsExactly("All regions", "London", "Wales",
				"Region not recorded");
		assertThat(page.select("#stale").hasAttr("checked")).isTrue();
		assertThat(page.select("main form[method=get]").attr("action")).isEqualTo("/admin/contacts");
		assertThat(page.select("[role=status]").text()).isEqualTo("52 contact cards");
		assertThat(page.select("tbody tr").get(0).select("td").eachText()).containsExactly("Lambeth YOS",
				"Kwame Mensah kwame@example.org", "London", "2 March 2024 Needs checking");
		// eachText() leaves out empty cells.
		assertThat(page.select("tbody tr").get(1).select("td").stream().map((cell) -> cell.text()))
			.containsExactly(SCRIPT, "", "Region not recorded", "Never Needs checking");
		assertThat(page.select("tbody td a").eachAttr("href")).containsExactly("/admin/contacts/5",
				"/admin/contacts/6");
		assertThat(page.select(".govuk-pagination__next a").attr("href"))
			.isEqualTo("/admin/contacts?q=lambeth&region=London&stale=true&page=3");
		assertThat(page.select("a[href=/admin/contacts]").text()).contains("Clear search and filters");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Contact cards");
		assertThat(html).doesNotContain(SCRIPT);
	}

	@Test
	void theNewFormIsEmpty() throws Exception {
		given(this.admin.regionChoicesFor(null)).willReturn(List.of(new Choice("London", "London")));

		Document page = Jsoup.parse(html(get("/admin/contacts/new")));

		assertThat(page.title()).isEqualTo("Add a contact card – Youth Justice Practice Library");
		assertThat(page.select("main form[method=post]").attr("action")).isEqualTo("/admin/contacts");
		for (String field : List.of("organisation", "personName", "role", "telephone", "email", "website",
				"lastVerified", "lastVerified.month", "lastVerified.year")) {
			assertThat(page.select("[id=" + field + "]").val()).as(field).isEmpty();
		}
		assertThat(page.select("#region option").eachText()).containsExactly("Not recorded", "London");
		assertThat(page.select("#telephone").attr("type")).isEqualTo("tel");
		assertThat(page.select("button:contains(Mark as verified today)")).isEmpty();
	}

	@Test
	void badInputInEveryFieldIsExplainedInTheOrderOfTheFormAndKept() throws Exception {
		Document page = Jsoup.parse(refused(post("/admin/contacts").param("organisation", " ")
			.param("personName", "Kwame")
			.param("telephone", "0113 ext 4")
			.param("email", "kwame@example")
			.param("website", "javascript:alert(1)")
			.param("region", "Atlantis")
			.param("lastVerified.day", "31")
			.param("lastVerified.month", "2")
			.param("lastVerified.year", "2025")));

		assertThat(page.title()).isEqualTo("Error: Add a contact card – Youth Justice Practice Library");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#organisation",
				"#telephone", "#email", "#website", "#region", "#lastVerified");
		assertThat(page.select("#organisation-error").text()).isEqualTo("Error: Enter the organisation's name");
		assertThat(page.select("#telephone-error").text()).isEqualTo(
				"Error: Enter a telephone number using only digits, spaces, brackets and a plus sign, like 0113 496 0000");
		assertThat(page.select("#email-error").text())
			.isEqualTo("Error: Enter an email address in the correct format, like name@example.org.uk");
		assertThat(page.select("#website-error").text()).isEqualTo(
				"Error: Enter a website address starting with https:// or http://, like https://www.example.org.uk");
		assertThat(page.select("#region-error").text()).isEqualTo("Error: Select a region from the list");
		assertThat(page.select("#lastVerified-error").text())
			.isEqualTo("Error: The date the details were last checked must be a real date");
		assertThat(page.select("#personName").val()).isEqualTo("Kwame");
		assertThat(page.select("#telephone").val()).isEqualTo("0113 ext 4");
		assertThat(page.select("#email").val()).isEqualTo("kwame@example");
		assertThat(page.select("#website").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.select("#lastVerified").val()).isEqualTo("31");
		assertThat(page.select("[id=lastVerified.month]").val()).isEqualTo("2");
		assertThat(page.select("[id=lastVerified.year]").val()).isEqualTo("2025");
		assertThat(page.select("a[href^=javascript]")).isEmpty();
		verify(this.admin, never()).create(any());
		verify(this.admin).regionChoicesFor(isNull());
	}

	@Test
	void overlongTextIsRefusedFieldByField() throws Exception {
		Document page = Jsoup.parse(refused(post("/admin/contacts").param("organisation", "O".repeat(201))
			.param("personName", "P".repeat(201))
			.param("role", "R".repeat(1001))
			.param("telephone", "0".repeat(61))
			.param("email", "e".repeat(250) + "@example.org")
			.param("website", "https://example.org/" + "w".repeat(500))));

		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"Organisation must be 200 characters or fewer", "Person's name must be 200 characters or fewer",
				"Role must be 200 characters or fewer", "Telephone must be 60 characters or fewer",
				"Email address must be 254 characters or fewer", "Website must be 500 characters or fewer");
		assertThat(page.select("#role").val()).isEqualTo("R".repeat(1001));
		verify(this.admin, never()).create(any());
	}

	@Test
	void aVerifiedDateMustBeWholeAndNotInTheFuture() throws Exception {
		assertThat(dateError("2", "6", "2026"))
			.isEqualTo("Error: The date the details were last checked must be today or in the past");
		assertThat(dateError("", "6", "2026"))
			.isEqualTo("Error: The date the details were last checked must include a day, month and year");
		assertThat(dateError("1", "13", "2026"))
			.isEqualTo("Error: The date the details were last checked must be a real date");
		assertThat(dateError("1", "6", "26"))
			.isEqualTo("Error: The date the details were last checked must be a real date");

		given(this.admin.create(any())).willReturn(KWAME);
		this.mvc
			.perform(editor(post("/admin/contacts")).param("organisation", "Lambeth YOS")
				.param("lastVerified.day", "1")
				.param("lastVerified.month", "6")
				.param("lastVerified.year", "2026"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void scriptIsSavedAsTextAndShownBackEscaped() throws Exception {
		given(this.admin.create(any())).willReturn(KWAME);
		this.mvc
			.perform(editor(post("/admin/contacts")).param("organisation", SCRIPT)
				.param("personName", SCRIPT)
				.param("role", SCRIPT)
				.param("telephone", "+44 (0)113 496 0000")
				.param("email", "kwame@example.org.uk")
				.param("website", "https://example.org.uk")
				.param("region", "London")
				.param("lastVerified.day", "3")
				.param("lastVerified.month", "11")
				.param("lastVerified.year", "2025"))
			.andExpect(redirectedUrl("/admin/contacts/5"))
			.andExpect(flash().attribute("notice", "contacts-admin.created"));
		verify(this.admin).create(new ContactForm(SCRIPT, SCRIPT, SCRIPT, "+44 (0)113 496 0000", "kwame@example.org.uk",
				"https://example.org.uk", "London", new DateInput("3", "11", "2025")));

		String html = refused(post("/admin/contacts").param("organisation", SCRIPT)
			.param("personName", SCRIPT)
			.param("role", SCRIPT)
			.param("telephone", SCRIPT)
			.param("email", SCRIPT)
			.param("website", SCRIPT)
			.param("region", SCRIPT));
		Document page = Jsoup.parse(html);
		for (String field : List.of("organisation", "personName", "role", "telephone", "email", "website")) {
			assertThat(page.select("#" + field).val()).as(field).isEqualTo(SCRIPT);
		}
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#telephone", "#email",
				"#website", "#region");
		assertThat(html).doesNotContain(SCRIPT);
	}

	@Test
	void anEmailAddressAnotherCardUsesIsRefusedWithALinkToThatCard() throws Exception {
		given(this.admin.otherCardWithEmail("kwame@example.org", null)).willReturn(Optional.of(KWAME));

		Document page = Jsoup.parse(
				refused(post("/admin/contacts").param("organisation", "Lambeth").param("email", "kwame@example.org")));

		assertThat(page.select("#email-error").text()).isEqualTo(
				"Error: Another contact card already uses this email address: Lambeth YOS (Kwame Mensah). Change that card instead, or use a different address");
		assertThat(page.select("a[href=/admin/contacts/5]").text())
			.isEqualTo("Open the contact card for Lambeth YOS (Kwame Mensah)");
		verify(this.admin, never()).create(any());
	}

	@Test
	void theEditFormShowsTheCardItsPublicPageAndTheVerifiedButton() throws Exception {
		given(this.admin.find(5L)).willReturn(Optional.of(KWAME));
		given(this.admin.form(5L)).willReturn(Optional.of(new ContactForm("Lambeth YOS", "Kwame Mensah", "", "",
				"kwame@example.org", "", "Greater London", DateInput.of(LocalDate.of(2025, 11, 3)))));
		given(this.admin.regionChoicesFor("Greater London"))
			.willReturn(List.of(new Choice("London", "London"), new Choice("Greater London", "Greater London")));

		Document page = Jsoup.parse(html(get("/admin/contacts/5")));

		assertThat(page.title()).isEqualTo("Change contact card – Youth Justice Practice Library");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Lambeth YOS (Kwame Mensah)");
		assertThat(page.select(".govuk-summary-list a").attr("href")).isEqualTo("/contacts/lambeth-kwame");
		assertThat(page.select("#organisation").val()).isEqualTo("Lambeth YOS");
		assertThat(page.select("#region option[selected]").text()).isEqualTo("Greater London");
		assertThat(page.select("#lastVerified").val()).isEqualTo("3");
		assertThat(page.select("[id=lastVerified.year]").val()).isEqualTo("2025");
		assertThat(page.select("main form[method=post]").eachAttr("action")).containsExactly("/admin/contacts/5",
				"/admin/contacts/5/verified");
		assertThat(page.select("a[href=/admin/contacts/5/delete]").text()).isEqualTo("Delete this contact card");
	}

	@Test
	void aChangeIsSavedLeavingOutTheCardItselfFromTheEmailCheck() throws Exception {
		given(this.admin.find(5L)).willReturn(Optional.of(KWAME));
		this.mvc
			.perform(editor(post("/admin/contacts/5")).param("organisation", "Lambeth Youth Offending Service")
				.param("email", "kwame@example.org"))
			.andExpect(redirectedUrl("/admin/contacts/5"))
			.andExpect(flash().attribute("notice", "contacts-admin.updated"));
		verify(this.admin).otherCardWithEmail("kwame@example.org", 5L);
		verify(this.admin).update(5L, new ContactForm("Lambeth Youth Offending Service", "", "", "",
				"kwame@example.org", "", "", DateInput.EMPTY));
	}

	@Test
	void markingVerifiedRecordsTodayAndReturnsToTheCard() throws Exception {
		given(this.admin.markVerified(5L)).willReturn(Optional.of(LocalDate.of(2026, 6, 1)));
		this.mvc.perform(editor(post("/admin/contacts/5/verified")))
			.andExpect(redirectedUrl("/admin/contacts/5"))
			.andExpect(flash().attribute("notice", "contacts-admin.verified"));
	}

	@Test
	void unknownCardsAreNotFound() throws Exception {
		given(this.admin.find(anyLong())).willReturn(Optional.empty());
		given(this.admin.form(anyLong())).willReturn(Optional.empty());
		given(this.admin.markVerified(anyLong())).willReturn(Optional.empty());
		this.mvc.perform(editor(get("/admin/contacts/404"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(post("/admin/contacts/404")).param("organisation", "X"))
			.andExpect(status().isNotFound());
		this.mvc.perform(editor(post("/admin/contacts/404/verified"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/contacts/404/delete"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(post("/admin/contacts/404/delete"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/contacts/not-a-number"))).andExpect(status().isNotFound());
		verify(this.admin, never()).update(any(), any());
		verify(this.admin, never()).deleteIfUnused(any());
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		for (String path : List.of("/admin/contacts", "/admin/contacts/5", "/admin/contacts/5/verified",
				"/admin/contacts/5/delete")) {
			this.mvc
				.perform(post(path).with(user("e@example.org").roles("EDITOR")).param("organisation", "Lambeth YOS"))
				.andExpect(status().isForbidden());
		}
		verify(this.admin, never()).create(any());
		verify(this.admin, never()).update(any(), any());
		verify(this.admin, never()).markVerified(any());
		verify(this.admin, never()).deleteIfUnused(any());
	}

	@Test
	void anUnusedCardAsksForConfirmationThenGoes() throws Exception {
		given(this.admin.find(5L)).willReturn(Optional.of(KWAME));
		given(this.admin.usage(5L)).willReturn(new CardUsage(0, List.of()));
		given(this.admin.deleteIfUnused(5L)).willReturn(new CardUsage(0, List.of()));

		Document page = Jsoup.parse(html(get("/admin/contacts/5/delete")));
		assertThat(page.select("h1").text()).isEqualTo("Delete the contact card for Lambeth YOS (Kwame Mensah)?");
		assertThat(page.select("main form[method=post]").attr("action")).isEqualTo("/admin/contacts/5/delete");

		this.mvc.perform(editor(post("/admin/contacts/5/delete")))
			.andExpect(redirectedUrl("/admin/contacts"))
			.andExpect(flash().attribute("notice", "contacts-admin.deleted"));
	}

	@Test
	void aCardResourcesNameIsNotDeletedAndThoseResourcesAreListed() throws Exception {
		given(this.admin.find(5L)).willReturn(Optional.of(KWAME));
		List<CardUsage.UsingResource> first = IntStream.rangeClosed(1, 10)
			.mapToObj((n) -> new CardUsage.UsingResource((long) n, (n == 1) ? SCRIPT : "Resource " + n,
					(n == 1) ? "ARCHIVED" : "SCHEDULED"))
			.toList();
		CardUsage usage = new CardUsage(11, first);
		given(this.admin.usage(5L)).willReturn(usage);
		given(this.admin.deleteIfUnused(5L)).willReturn(usage);

		assertInUse(html(get("/admin/contacts/5/delete")));
		String html = this.mvc.perform(editor(post("/admin/contacts/5/delete")))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInUse(html);
	}

	private static void assertInUse(String html) {
		Document page = Jsoup.parse(html);
		assertThat(page.title()).isEqualTo("This contact card cannot be deleted – Youth Justice Practice Library");
		assertThat(page.select("h1").text())
			.isEqualTo("You cannot delete the contact card for Lambeth YOS (Kwame Mensah)");
		assertThat(page.select("main").text())
			.contains("11 resources name this card as a contact or as their source organisation");
		assertThat(page.select("main form[action$=/delete]")).isEmpty();
		assertThat(page.select("tbody tr")).hasSize(10);
		assertThat(page.select("tbody tr").first().select("td").eachText()).containsExactly(SCRIPT, "Archived");
		assertThat(page.select("tbody tr").get(1).select("td").eachText()).containsExactly("Resource 2", "Scheduled");
		assertThat(page.select("tbody a").first().attr("href")).isEqualTo("/admin/resources/1");
		assertThat(page.select("main").text()).contains("and 1 more");
		assertThat(html).doesNotContain(SCRIPT);
	}

	private String dateError(String day, String month, String year) throws Exception {
		Document page = Jsoup.parse(refused(post("/admin/contacts").param("organisation", "Lambeth YOS")
			.param("lastVerified.day", day)
			.param("lastVerified.month", month)
			.param("lastVerified.year", year)));
		assertThat(page.select("#lastVerified").val()).isEqualTo(day);
		return page.select("#lastVerified-error").text();
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(editor(request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(editor(request))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder editor(MockHttpServletRequestBuilder request) {
		return request.with(user("e@example.org").roles("EDITOR")).with(csrf());
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
		}

	}

}
