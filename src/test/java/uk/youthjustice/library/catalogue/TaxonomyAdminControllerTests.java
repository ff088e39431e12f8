package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
 * The category, topic and evidence admin pages as HTML, with the service mocked: what an
 * editor sees, what bad input gets back, and what reaches the service.
 */
@WebMvcTest(TaxonomyAdminController.class)
@Import(TermFormValidator.class)
class TaxonomyAdminControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final TermDetails CUSTODY = new TermDetails(7L, "custody", "Custody", "Secure settings.", 3);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaxonomyAdmin admin;

	@Test
	void categoriesAreListedWithTheirUsageAndLinksEscapingWhatEditorsTyped() throws Exception {
		given(this.admin.list(Vocabulary.CATEGORIES)).willReturn(
				List.of(new TermRow(7L, "Custody", "custody", 1, 12), new TermRow(8L, SCRIPT, "script-alert-x", 2, 0)));

		String html = html(get("/admin/categories"));
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("Categories – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("Categories");
		assertThat(page.select("thead th").eachText()).containsExactly("Name", "Web address", "Position", "Resources",
				"Actions");
		assertThat(page.select("tbody tr").get(0).select("td").eachText()).containsExactly("Custody", "custody", "1",
				"12", "Delete Custody");
		assertThat(page.select("tbody td a").eachAttr("href")).containsExactly("/admin/categories/7",
				"/admin/categories/7/delete", "/admin/categories/8", "/admin/categories/8/delete");
		assertThat(page.select("tbody tr").get(1).select("td").first().text()).isEqualTo(SCRIPT);
		assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		assertThat(page.select("a.govuk-button").attr("href")).isEqualTo("/admin/categories/new");
		assertThat(page.select(".library-sub-navigation a").eachText()).containsExactly("Categories", "Topics",
				"Evidence classifications");
		assertThat(page.select(".library-sub-navigation a[aria-current=page]").text()).isEqualTo("Categories");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Categories and topics");
	}

	@Test
	void topicsHaveNoPosition() throws Exception {
		given(this.admin.list(Vocabulary.TOPICS))
			.willReturn(List.of(new TermRow(3L, "Resettlement", "resettlement", 0, 2)));

		Document page = Jsoup.parse(html(get("/admin/topics")));

		assertThat(page.select("thead th").eachText()).containsExactly("Name", "Web address", "Resources", "Actions");
		assertThat(page.select(".library-sub-navigation a[aria-current=page]").text()).isEqualTo("Topics");
		assertThat(page.select("tbody td a").first().attr("href")).isEqualTo("/admin/topics/3");
	}

	@Test
	void anEmptyVocabularySaysSo() throws Exception {
		given(this.admin.list(Vocabulary.EVIDENCE)).willReturn(List.of());
		Document page = Jsoup.parse(html(get("/admin/evidence")));
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select("main").text()).contains("There are no evidence classifications yet.");
	}

	@Test
	void theNewFormIsEmptyAndPlacesTheTermLast() throws Exception {
		given(this.admin.newForm(Vocabulary.EVIDENCE)).willReturn(TermForm.empty(5));

		Document page = Jsoup.parse(html(get("/admin/evidence/new")));

		assertThat(page.title()).isEqualTo("Add an evidence classification – Youth Justice Practice Library");
		assertThat(page.select("main form[method=post]").attr("action")).isEqualTo("/admin/evidence");
		assertThat(page.select("#name").val()).isEmpty();
		assertThat(page.select("#description").text()).isEmpty();
		assertThat(page.select("#position").val()).isEqualTo("5");
		assertThat(page.select("#name-hint").text()).contains("stays the same after that");
		assertThat(page.select("input[name=slug]")).isEmpty();
	}

	@Test
	void aBlankNameIsRefusedAndWhatWasTypedIsKept() throws Exception {
		String html = refused(post("/admin/categories").param("name", "   ")
			.param("description", "Secure settings.")
			.param("position", "4"));
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("Error: Add a category – Youth Justice Practice Library");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name");
		assertThat(page.select("#name-error").text()).isEqualTo("Error: Enter a name");
		assertThat(page.select("#description").text()).isEqualTo("Secure settings.");
		assertThat(page.select("#position").val()).isEqualTo("4");
		verify(this.admin, never()).create(any(), any());
	}

	@Test
	void overlongTextAndABadPositionAreRefusedInTheOrderOfTheForm() throws Exception {
		String name = "N".repeat(201);
		String description = "D".repeat(1001);

		Document page = Jsoup.parse(refused(post("/admin/categories").param("name", name)
			.param("description", description)
			.param("position", "first")));

		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name",
				"#description", "#position");
		assertThat(page.select("#name-error").text()).isEqualTo("Error: Name must be 200 characters or fewer");
		assertThat(page.select("#description-error").text())
			.isEqualTo("Error: Description must be 1,000 characters or fewer");
		assertThat(page.select("#position-error").text())
			.isEqualTo("Error: Position must be a whole number from 0 to 9999");
		assertThat(page.select("#name").val()).isEqualTo(name);
		assertThat(page.select("#description").text()).isEqualTo(description);
		assertThat(page.select("#position").val()).isEqualTo("first");
		assertThat(page.select(".govuk-character-count").attr("data-maxlength")).isEqualTo("1000");
		verify(this.admin, never()).create(any(), any());
	}

	@Test
	void aBlankOrNegativePositionIsRefused() throws Exception {
		Document blank = Jsoup.parse(refused(
				post("/admin/evidence").param("name", "Promising").param("description", "").param("position", " ")));
		assertThat(blank.select("#position-error").text()).isEqualTo("Error: Enter a position");
		Document negative = Jsoup.parse(refused(
				post("/admin/evidence").param("name", "Promising").param("description", "").param("position", "-1")));
		assertThat(negative.select("#position-error").text())
			.isEqualTo("Error: Position must be a whole number from 0 to 9999");
	}

	@Test
	void aNameAnotherTermHasIsRefusedWhateverItsCase() throws Exception {
		given(this.admin.isNameTaken(Vocabulary.TOPICS, "resettlement", null)).willReturn(true);

		Document page = Jsoup
			.parse(refused(post("/admin/topics").param("name", " resettlement ").param("description", "")));

		assertThat(page.select("#name-error").text())
			.isEqualTo("Error: There is already a topic called ‘resettlement’. Enter a different name");
		assertThat(page.select("#position")).isEmpty();
		verify(this.admin, never()).create(any(), any());
	}

	@Test
	void scriptIsSavedAsTextAndShownBackEscaped() throws Exception {
		given(this.admin.isNameTaken(eq(Vocabulary.CATEGORIES), eq(SCRIPT), isNull())).willReturn(true);

		String html = refused(
				post("/admin/categories").param("name", SCRIPT).param("description", SCRIPT).param("position", "1"));

		Document page = Jsoup.parse(html);
		assertThat(page.select("#name").val()).isEqualTo(SCRIPT);
		assertThat(page.select("#description").text()).isEqualTo(SCRIPT);
		assertThat(page.select("#name-error").text()).contains("called ‘" + SCRIPT + "’");
		assertThat(html).doesNotContain(SCRIPT);

		given(this.admin.isNameTaken(eq(Vocabulary.CATEGORIES), eq(SCRIPT), isNull())).willReturn(false);
		this.mvc
			.perform(editor(post("/admin/categories")).param("name", SCRIPT)
				.param("description", "Line one\r\nLine two\u0000")
				.param("position", "1"))
			.andExpect(redirectedUrl("/admin/categories"));
		verify(this.admin).create(Vocabulary.CATEGORIES, new TermForm(SCRIPT, "Line one\nLine two", "1"));
	}

	@Test
	void aValidTermIsAddedAndTheEditorReturnsToTheList() throws Exception {
		this.mvc
			.perform(editor(post("/admin/evidence")).param("name", "Promising")
				.param("description", "Some evidence.")
				.param("position", "2"))
			.andExpect(redirectedUrl("/admin/evidence"))
			.andExpect(flash().attribute("notice", "taxonomy-admin.evidence.created"));
		verify(this.admin).create(Vocabulary.EVIDENCE, new TermForm("Promising", "Some evidence.", "2"));
	}

	@Test
	void theEditFormShowsTheSlugWithoutLettingItChange() throws Exception {
		given(this.admin.find(Vocabulary.CATEGORIES, 7L)).willReturn(Optional.of(CUSTODY));

		Document page = Jsoup.parse(html(get("/admin/categories/7")));

		assertThat(page.title()).isEqualTo("Change category – Youth Justice Practice Library");
		assertThat(page.select("#name").val()).isEqualTo("Custody");
		assertThat(page.select("#description").text()).isEqualTo("Secure settings.");
		assertThat(page.select("#position").val()).isEqualTo("3");
		assertThat(page.select(".govuk-summary-list a").attr("href")).isEqualTo("/categories/custody");
		assertThat(page.select("main").text()).contains("changing it would break links and bookmarks");
		assertThat(page.select("input[name=slug]")).isEmpty();
		assertThat(page.select("main form[method=post]").attr("action")).isEqualTo("/admin/categories/7");
		assertThat(page.select("a[href=/admin/categories/7/delete]").text()).isEqualTo("Delete this category");
	}

	@Test
	void aChangeIsSavedAndRenamingToItsOwnNameIsAllowed() throws Exception {
		given(this.admin.find(Vocabulary.CATEGORIES, 7L)).willReturn(Optional.of(CUSTODY));
		this.mvc
			.perform(editor(post("/admin/categories/7")).param("name", "Custody and secure settings")
				.param("description", "")
				.param("position", "0"))
			.andExpect(redirectedUrl("/admin/categories"))
			.andExpect(flash().attribute("notice", "taxonomy-admin.categories.updated"));
		verify(this.admin).isNameTaken(Vocabulary.CATEGORIES, "Custody and secure settings", 7L);
		verify(this.admin).update(Vocabulary.CATEGORIES, 7L, new TermForm("Custody and secure settings", "", "0"));
	}

	@Test
	void unknownTermsAndAddressesAreNotFound() throws Exception {
		given(this.admin.find(any(), anyLong())).willReturn(Optional.empty());
		this.mvc.perform(editor(get("/admin/categories/999"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/topics/999/delete"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(post("/admin/evidence/999/delete"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(post("/admin/categories/999")).param("name", "X").param("position", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/categories/99999999999999999999"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/categories/abc"))).andExpect(status().isNotFound());
		verify(this.admin, never()).update(any(), any(), any());
		verify(this.admin, never()).deleteIfUnused(any(), any());
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/admin/categories").with(user("e@example.org").roles("EDITOR"))
				.param("name", "Custody")
				.param("position", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/categories/7/delete").with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isForbidden());
		verify(this.admin, never()).create(any(), any());
		verify(this.admin, never()).deleteIfUnused(any(), any());
	}

	@Test
	void anUnusedTermAsksForConfirmationThenGoes() throws Exception {
		given(this.admin.find(Vocabulary.CATEGORIES, 7L)).willReturn(Optional.of(CUSTODY));
		given(this.admin.usage(Vocabulary.CATEGORIES, 7L)).willReturn(new TermUsage(0, List.of()));
		given(this.admin.deleteIfUnused(Vocabulary.CATEGORIES, 7L)).willReturn(new TermUsage(0, List.of()));

		Document page = Jsoup.parse(html(get("/admin/categories/7/delete")));
		assertThat(page.select("h1").text()).isEqualTo("Delete the category ‘Custody’?");
		assertThat(page.select("main form[method=post]").attr("action")).isEqualTo("/admin/categories/7/delete");
		assertThat(page.select("button.govuk-button--warning").text()).isEqualTo("Delete category");

		this.mvc.perform(editor(post("/admin/categories/7/delete")))
			.andExpect(redirectedUrl("/admin/categories"))
			.andExpect(flash().attribute("notice", "taxonomy-admin.categories.deleted"));
	}

	@Test
	void aTermInUseIsNotDeletedAndTheResourcesUsingItAreListed() throws Exception {
		given(this.admin.find(Vocabulary.TOPICS, 7L)).willReturn(Optional.of(CUSTODY));
		List<TermUsage.Use> first = java.util.stream.IntStream.rangeClosed(1, 10)
			.mapToObj((n) -> new TermUsage.Use((long) n, "Resource " + n,
					(n == 1) ? ResourceStatus.DRAFT : ResourceStatus.PUBLISHED))
			.toList();
		TermUsage usage = new TermUsage(12, first);
		given(this.admin.usage(Vocabulary.TOPICS, 7L)).willReturn(usage);
		given(this.admin.deleteIfUnused(Vocabulary.TOPICS, 7L)).willReturn(usage);

		Document shown = Jsoup.parse(html(get("/admin/topics/7/delete")));
		assertThat(shown.select("form[action$=/delete]")).isEmpty();
		assertInUse(shown);

		String html = this.mvc.perform(editor(post("/admin/topics/7/delete")))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInUse(Jsoup.parse(html));
	}

	private static void assertInUse(Document page) {
		assertThat(page.title()).isEqualTo("This topic cannot be deleted – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("You cannot delete the topic ‘Custody’");
		assertThat(page.select("main").text()).contains("12 resources have this topic");
		assertThat(page.select("tbody tr")).hasSize(10);
		assertThat(page.select("tbody tr").first().select("a").attr("href")).isEqualTo("/admin/resources/1");
		assertThat(page.select("tbody tr").first().select(".govuk-tag").text()).isEqualTo("Draft");
		assertThat(page.select("tbody tr").get(1).select(".govuk-tag").text()).isEqualTo("Published");
		assertThat(page.select("main").text()).contains("and 2 more");
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

}
