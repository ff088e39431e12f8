package uk.youthjustice.library.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.youthjustice.library.history.FieldChange.Piece;
import uk.youthjustice.library.history.FieldChange.Piece.Type;
import uk.youthjustice.library.history.VersionRow.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
 * The history pages over a mocked {@link History}: bad addresses and version numbers
 * answer 404 or a redirect, never an error; differences are marked without relying on
 * colour; restoring needs a POST with a CSRF token.
 */
@WebMvcTest(HistoryController.class)
class HistoryControllerTests {

	private static final Item RESOURCE = new Item(ItemType.RESOURCE, 5, "Restorative panels", true);

	private static final Item CARD = new Item(ItemType.CONTACT_CARD, 8, "Leeds YJS", true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	History history;

	@Test
	void listsVersionsNewestFirstWithTheCompareFormSetToThePreviousAndTheLatest() throws Exception {
		given(this.history.history(ItemType.RESOURCE, 5)).willReturn(
				Optional.of(new HistoryPage(RESOURCE,
						List.of(version(3, Change.CHANGED, "Published", false),
								version(2, Change.CHANGED, "Draft", true), version(1, Change.CREATED, "Draft", true)),
						2, 3)));

		Document page = html(get("/admin/resources/5/history"));

		assertThat(page.title()).startsWith("History of \u2018Restorative panels\u2019");
		assertThat(page.select("tbody tr")).hasSize(3);
		assertThat(page.select("tbody th").eachText()).containsExactly("3 (current)", "2", "1");
		assertThat(page.select("tbody tr").first().text()).contains("3 June 2026 at 2:15pm", "editor@example.org",
				"Changed", "Published");
		assertThat(page.select("input[name=from][checked]").val()).isEqualTo("2");
		assertThat(page.select("input[name=to][checked]").val()).isEqualTo("3");
		assertThat(page.select("label[for=from-1]").text()).isEqualTo("Compare from version 1");
		assertThat(page.select("form.library-versions").attr("method")).isEqualTo("get");
		assertThat(page.select("form.library-versions").attr("action")).isEqualTo("/admin/resources/5/history/compare");
		assertThat(page.select("a[href$=/restore]").eachAttr("href"))
			.containsExactly("/admin/resources/5/history/2/restore", "/admin/resources/5/history/1/restore");
		assertThat(page.select("th").eachText()).contains("Status");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Resources");
	}

	@Test
	void contactCardsHaveNoStatusColumn() throws Exception {
		given(this.history.history(ItemType.CONTACT_CARD, 8))
			.willReturn(Optional.of(new HistoryPage(CARD, List.of(version(1, Change.CREATED, null, false)), 0, 1)));
		Document page = html(get("/admin/contacts/8/history"));
		assertThat(page.select("th").eachText()).doesNotContain("Status");
		assertThat(page.select("input[type=radio]")).isEmpty();
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Contact cards");
	}

	@Test
	void unknownItemsTypesAndIdsAreNotFound() throws Exception {
		given(this.history.history(anyItemType(), anyLong())).willReturn(Optional.empty());
		this.mvc.perform(editor(get("/admin/resources/404/history"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/resources/abc/history"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/resources/99999999999999999999/history"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(get("/admin/users/5/history"))).andExpect(status().isNotFound());
	}

	@Test
	void versionsThatAreNotNumbersOrNotVersionsAreNotFound() throws Exception {
		given(this.history.compare(eq(ItemType.RESOURCE), eq(5L), anyInt(), anyInt())).willReturn(Optional.empty());
		for (String query : List.of("from=one&to=2", "from=1&to=2.5", "from=-1&to=2", "from=1&to=9999999999",
				"from=1&to=7")) {
			this.mvc.perform(editor(get("/admin/resources/5/history/compare?" + query)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(editor(get("/admin/resources/5/history/x/restore"))).andExpect(status().isNotFound());
	}

	@Test
	void versionsTheWrongWayRoundAreSwapped() throws Exception {
		this.mvc.perform(editor(get("/admin/resources/5/history/compare?from=3&to=1")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/resources/5/history/compare?from=1&to=3"));
	}

	@Test
	void withoutVersionsTheSuggestedTwoAreCompared() throws Exception {
		given(this.history.history(ItemType.RESOURCE, 5))
			.willReturn(Optional.of(new HistoryPage(RESOURCE, List.of(), 2, 3)));
		this.mvc.perform(editor(get("/admin/resources/5/history/compare?from=2")))
			.andExpect(redirectedUrl("/admin/resources/5/history/compare?from=2&to=3"));
		given(this.history.history(ItemType.CONTACT_CARD, 8))
			.willReturn(Optional.of(new HistoryPage(CARD, List.of(), 0, 1)));
		this.mvc.perform(editor(get("/admin/contacts/8/history/compare")))
			.andExpect(redirectedUrl("/admin/contacts/8/history"));
	}

	@Test
	void differencesAreMarkedInWordsAsWellAsStyleAndShownEscaped() throws Exception {
		given(this.history.compare(ItemType.RESOURCE, 5, 1, 3)).willReturn(Optional.of(new ComparePage(RESOURCE,
				version(1, Change.CREATED, "Draft", true), version(3, Change.CHANGED, "Published", false),
				List.of(FieldChange.value("history.field.title", "<script>alert(1)</script>", "New title"),
						FieldChange.text("history.field.description",
								List.of(new Piece(Type.OMITTED, ""), new Piece(Type.SAME, "Young "),
										new Piece(Type.REMOVED, "people"), new Piece(Type.ADDED, "<b>children</b>"))),
						FieldChange.list("history.field.aims", List.of("Involve victims"), List.of("Repair harm"),
								List.of())))));

		Document page = html(get("/admin/resources/5/history/compare?from=1&to=3"));

		assertThat(page.title()).startsWith("Compare versions 1 and 3 of \u2018Restorative panels\u2019");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("main b")).isEmpty();
		assertThat(page.select(".library-diff h2").eachText()).containsExactly("Title", "Description", "Aims");
		assertThat(page.select(".library-diff__values del").text()).isEqualTo("[removed: <script>alert(1)</script>]");
		assertThat(page.select(".library-diff__values ins").text()).isEqualTo("[added: New title]");
		assertThat(page.select(".library-diff__omitted").text()).isEqualTo("\u2026unchanged text left out");
		assertThat(page.select(".library-diff__text").first().ownText()).isEqualTo("Young");
		assertThat(page.select(".library-diff__text del").text()).isEqualTo("[removed: people]");
		assertThat(page.select(".library-diff__text ins").text()).isEqualTo("[added: <b>children</b>]");
		assertThat(page.select(".library-diff__text del .govuk-visually-hidden").first().text()).isEqualTo("[removed:");
		assertThat(page.select("li ins").text()).isEqualTo("[added: Involve victims]");
		assertThat(page.select("li del").text()).isEqualTo("[removed: Repair harm]");
		assertThat(page.select("a[href=/admin/resources/5/history/1/restore]").text()).isEqualTo("Restore version 1");
	}

	@Test
	void theSameVersionTwiceIsExplained() throws Exception {
		VersionRow two = version(2, Change.CHANGED, "Draft", true);
		given(this.history.compare(ItemType.RESOURCE, 5, 2, 2))
			.willReturn(Optional.of(new ComparePage(RESOURCE, two, two, List.of())));
		Document page = html(get("/admin/resources/5/history/compare?from=2&to=2"));
		assertThat(page.select(".govuk-inset-text").text()).contains("You chose version 2 twice");
	}

	@Test
	void restoringAResourceAsksFirstThenMakesADraftAndSaysWhichVersion() throws Exception {
		given(this.history.restorePage(ItemType.RESOURCE, 5, 2)).willReturn(Optional
			.of(new RestorePage(RESOURCE, version(2, Change.CHANGED, "Draft", true), 3, List.of("Old topic"), null)));
		Document question = html(get("/admin/resources/5/history/2/restore"));
		assertThat(question.select("h1").text()).isEqualTo("Restore version 2?");
		assertThat(question.select("main form[method=post]").attr("action"))
			.isEqualTo("/admin/resources/5/history/2/restore");
		assertThat(question.select("main li").eachText()).containsExactly("Old topic");

		given(this.history.restore(ItemType.RESOURCE, 5, 2))
			.willReturn(Optional.of(new Restored("/admin/resources/77", 2, "Restorative panels", false)));
		this.mvc.perform(editor(post("/admin/resources/5/history/2/restore")).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/77"))
			.andExpect(flash().attribute("notice", "history.notice.restored-as-draft"))
			.andExpect(flash().attribute("noticeArgs", new String[] { "2", "Restorative panels" }));
	}

	@Test
	void aVersionThatCannotBeRestoredAfterAllGoesBackToTheQuestion() throws Exception {
		given(this.history.restore(ItemType.RESOURCE, 5, 2)).willReturn(Optional.empty());
		this.mvc.perform(editor(post("/admin/resources/5/history/2/restore")).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/5/history/2/restore"));
		given(this.history.restorePage(ItemType.RESOURCE, 5, 2)).willReturn(Optional.of(new RestorePage(RESOURCE,
				version(2, Change.CHANGED, "Draft", true), 3, List.of(), "history.restore.no-category")));
		Document question = html(get("/admin/resources/5/history/2/restore"));
		assertThat(question.select(".govuk-warning-text").text()).contains("its category has been deleted");
		assertThat(question.select("main form[method=post]")).isEmpty();
	}

	@Test
	void restoringAContactCardWritesBackAndReturnsToItsHistory() throws Exception {
		given(this.history.restore(ItemType.CONTACT_CARD, 8, 1))
			.willReturn(Optional.of(new Restored("/admin/contacts/8/history", 1, "Leeds YJS", false)));
		this.mvc.perform(editor(post("/admin/contacts/8/history/1/restore")).with(csrf()))
			.andExpect(redirectedUrl("/admin/contacts/8/history"))
			.andExpect(flash().attribute("notice", "history.notice.restored"));
	}

	@Test
	void restoringWithoutACsrfTokenIsRefused() throws Exception {
		this.mvc.perform(editor(post("/admin/resources/5/history/2/restore"))).andExpect(status().isForbidden());
		this.mvc.perform(editor(post("/admin/contacts/8/history/1/restore"))).andExpect(status().isForbidden());
		verify(this.history, never()).restore(anyItemType(), anyLong(), anyInt());
	}

	@Test
	void nobodySignedInSeesNothing() throws Exception {
		this.mvc.perform(get("/admin/resources/5/history"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		verify(this.history, never()).history(anyItemType(), anyLong());
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(editor(request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(body);
	}

	private static MockHttpServletRequestBuilder editor(MockHttpServletRequestBuilder request) {
		return request.with(user("editor@example.org").roles("EDITOR"));
	}

	private static VersionRow version(int number, Change change, String status, boolean restorable) {
		return new VersionRow(number, Instant.parse("2026-06-03T13:15:00Z"), "3 June 2026 at 2:15pm",
				"editor@example.org", change, status, true, restorable);
	}

	private static ItemType anyItemType() {
		return org.mockito.ArgumentMatchers.any(ItemType.class);
	}

}
