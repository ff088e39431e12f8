package uk.youthjustice.library.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.feedback.Feedback;
import uk.youthjustice.library.feedback.FeedbackItem;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.Pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import uk.youthjustice.library.system.ActiveFilter;
import uk.youthjustice.library.system.FilterOption;

@WebMvcTest(DashboardController.class)
class DashboardControllerTests {

	private static final String EDITOR = "e@example.org";

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final Instant CHANGED = Instant.parse("2026-06-01T14:15:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Dashboard dashboard;

	@MockitoBean
	ResourceList resourceList;

	@Test
	void dashboardShowsEverySectionWithLinksToTheirPages() throws Exception {
		given(this.dashboard.page(EDITOR)).willReturn(fullDashboard());

		Document page = page(get("/admin"));

		assertThat(page.title()).isEqualTo("Dashboard – Youth Justice Practice Library");
		assertThat(page.select("[aria-labelledby=counts-heading] li").eachText()).containsExactly("2 Draft",
				"1 Scheduled", "40 Published", "0 Archived");
		assertThat(page.select("[aria-labelledby=counts-heading] a").eachAttr("href")).containsExactly(
				"/admin/resources?status=draft", "/admin/resources?status=scheduled",
				"/admin/resources?status=published", "/admin/resources?status=archived");
		assertThat(page.select("main a.govuk-button").eachAttr("href"))
			.containsExactly("/admin/resources/new?kind=practice-example", "/admin/resources/new?kind=guidance");
		assertThat(page.select("main a.govuk-button").eachText()).containsExactly("Create a practice example",
				"Create a guidance document");

		assertThat(page.select("[aria-labelledby=drafts-heading] li").first().text())
			.isEqualTo("My draft Practice example, 1 June 2026 at 3:15pm by e@example.org");
		assertThat(page.select("[aria-labelledby=drafts-heading] a").attr("href")).isEqualTo("/admin/resources/7");
		assertThat(page.select("[aria-labelledby=drafts-heading] time").attr("datetime"))
			.isEqualTo("2026-06-01 14:15:00Z");
		assertThat(page.select("a:contains(All your drafts)").attr("href"))
			.isEqualTo("/admin/resources?status=draft&mine=yes");

		assertThat(page.select("[aria-labelledby=recent-heading] li").eachText()).containsExactly(
				"My draft Draft 1 June 2026 at 3:15pm by e@example.org",
				"Imported guide Published 1 June 2026 at 3:15pm");
		assertThat(page.select("[aria-labelledby=scheduled-heading] li").text())
			.isEqualTo("Next week's guide For 8 June 2026 at 9:00am");

		assertThat(page.select("[aria-labelledby=due-heading] li").text()).isEqualTo("Old guide Overdue by 3 days");
		assertThat(page.select("a[href=/admin/review]").text()).isEqualTo("All 6 resources due for review");
		assertThat(page.select("[aria-labelledby=contacts-heading] li").eachText())
			.containsExactly("Sam Smith, Northshire YJS Never verified", "Southshire YJS Verified 2 January 2024");
		assertThat(page.select("[aria-labelledby=contacts-heading] a").eachAttr("href"))
			.containsExactly("/admin/contacts/3/edit", "/admin/contacts/4/edit");
		assertThat(page.select("a[href=/admin/review#contacts]").text()).isEqualTo("All 9 contact cards to verify");

		assertThat(page.select("[aria-labelledby=feedback-heading] li").eachText()).containsExactly(
				"/resources/old-guide Useful: no 1 June 2026 at 3:15pm",
				"/contacts Problem: The phone number is wrong 1 June 2026 at 3:15pm");
		assertThat(page.select("[aria-labelledby=feedback-heading] a").eachAttr("href"))
			.containsExactly("/resources/old-guide", "/contacts");
		assertThat(page.select(".govuk-service-navigation__item--active a").text()).isEqualTo("Dashboard");
	}

	@Test
	void timesReadTheGovUkWayWhateverTheBrowsersLocale() throws Exception {
		given(this.dashboard.page(EDITOR)).willReturn(fullDashboard());

		Document page = page(get("/admin").header("Accept-Language", "en-US"));

		assertThat(page.select("[aria-labelledby=scheduled-heading] time").text())
			.isEqualTo("For 8 June 2026 at 9:00am");
		assertThat(page.select("[aria-labelledby=scheduled-heading] time").attr("datetime"))
			.isEqualTo("2026-06-08 08:00:00Z");
	}

	@Test
	void emptyLibrarySaysSoInEverySection() throws Exception {
		given(this.dashboard.page(EDITOR)).willReturn(new DashboardPage(
				List.of(new StatusCount(ResourceStatus.DRAFT, 0), new StatusCount(ResourceStatus.SCHEDULED, 0),
						new StatusCount(ResourceStatus.PUBLISHED, 0), new StatusCount(ResourceStatus.ARCHIVED, 0)),
				List.of(), List.of(), List.of(), List.of(), 0, List.of(), 0, List.of()));

		String main = page(get("/admin")).select("main").text();

		assertThat(main).contains("You have no drafts.", "No resources yet.", "Nothing is scheduled to be published.",
				"No resources are due for review in the next 30 days.",
				"Every contact card was verified in the last 12 months.", "No feedback yet.");
	}

	@Test
	void textFromEditorsAndReadersIsEscaped() throws Exception {
		ResourceRow hostile = row(9, SCRIPT, ResourceStatus.DRAFT, SCRIPT);
		given(this.dashboard.page(EDITOR)).willReturn(new DashboardPage(List.of(), List.of(hostile), List.of(hostile),
				List.of(), List.of(), 0, List.of(new ContactRow(5, SCRIPT, SCRIPT, null)), 1,
				List.of(new FeedbackItem(1, "/", null, SCRIPT, SCRIPT, Feedback.Status.NEW, CHANGED))));

		String html = body(get("/admin"));

		assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;");
	}

	@Test
	void resourceListShowsRowsFiltersAndActiveFilterTags() throws Exception {
		answerWithParsedQuery(3);

		Document page = page(get("/admin/resources?q=panel&status=draft&status=scheduled&kind=guidance"
				+ "&category=custody&mine=yes&sort=title"));

		assertThat(page.title()).isEqualTo("Resources – Youth Justice Practice Library");
		assertThat(page.select("#q").val()).isEqualTo("panel");
		assertThat(page.select("input[name=status][checked]").eachAttr("value")).containsExactly("draft", "scheduled");
		assertThat(page.select("input[name=kind][checked]").eachAttr("value")).containsExactly("guidance");
		assertThat(page.select("#category option[selected]").val()).isEqualTo("custody");
		assertThat(page.select("#mine").hasAttr("checked")).isTrue();
		assertThat(page.select("#sort option[selected]").val()).isEqualTo("title");
		assertThat(page.select(".library-filter-tag").eachText()).containsExactly("Remove filter Search: panel ×",
				"Remove filter Status: Draft ×", "Remove filter Status: Scheduled ×", "Remove filter Type: Guidance ×",
				"Remove filter Category: Custody and community ×", "Remove filter Created or changed by: me ×");
		assertThat(page.select(".library-filter-tag").get(1).attr("href"))
			.isEqualTo("/admin/resources?q=panel&status=scheduled&kind=guidance&category=custody&mine=yes&sort=title");
		assertThat(page.select("a:contains(Clear filters)").attr("href")).isEqualTo("/admin/resources");

		assertThat(page.select("tbody tr")).hasSize(3);
		assertThat(page.select("tbody tr").first().select("td").eachText()).containsExactly("Resource 1 Guidance",
				"Scheduled For 8 June 2026 at 9:00am", "Custody and community",
				"1 June 2026 at 3:15pm by e@example.org");
		assertThat(page.select("tbody tr a").first().attr("href")).isEqualTo("/admin/resources/1");
		assertThat(page.select("[role=status]").text()).isEqualTo("3 resources");
		assertThat(page.select(".govuk-service-navigation__item--active a").text()).isEqualTo("Resources");
		verify(this.resourceList).page(any(), eq(EDITOR));
	}

	@Test
	void badListParametersAreIgnoredOrClampedNeverAnError() throws Exception {
		answerWithParsedQuery(0);
		String huge = "x".repeat(1_000);
		for (String query : List.of("status=deleted", "status=" + huge, "kind=video", "category=" + huge, "page=-1",
				"page=abc", "page=99999999999999999999", "page=" + huge, "sort=random", "mine=maybe", "q=" + huge,
				"q=" + encode(SCRIPT), "status[999999]=draft", "status=draft&status=draft", "unknown=1")) {
			String html = this.mvc.perform(get("/admin/resources?" + query).with(user(EDITOR).roles("EDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(query).doesNotContain(SCRIPT).contains("No resources");
		}
		Document longText = page(get("/admin/resources?q=" + huge));
		assertThat(longText.select("#q").val()).hasSize(ResourceListQuery.LONGEST_TEXT);
	}

	@Test
	void emptyListSaysWhetherFiltersAreToBlame() throws Exception {
		answerWithParsedQuery(0);

		assertThat(page(get("/admin/resources")).select("main").text()).contains("There are no resources yet.");
		assertThat(page(get("/admin/resources?status=archived")).select("main").text())
			.contains("No resources match these filters.");
	}

	@Test
	void reviewPageListsResourcesAndContactsWithHowLate() throws Exception {
		LocalDate today = LocalDate.of(2026, 6, 1);
		given(this.dashboard.review()).willReturn(new ReviewPage(
				List.of(DueResource.of(reviewRow(1, "Overdue guide", today.minusDays(3)), today),
						DueResource.of(reviewRow(2, "Due today guide", today), today),
						DueResource.of(reviewRow(3, "Later guide", today.plusDays(1)), today),
						DueResource.of(reviewRow(4, "Much later guide", today.plusDays(30)), today)),
				140, today.plusDays(30),
				List.of(new ContactRow(3, "Northshire YJS", null, null),
						new ContactRow(4, "Southshire YJS", "Sam Smith", LocalDate.of(2024, 1, 2))),
				2, today.minusMonths(12)));

		Document page = page(get("/admin/review"));

		assertThat(page.title()).isEqualTo("Due for review – Youth Justice Practice Library");
		assertThat(page.select("#resources + p").text()).contains("on or before 1 July 2026");
		assertThat(page.select(".library-admin-table").first().select("tbody tr").eachText()).containsExactly(
				"Overdue guide Published 29 May 2026 Overdue by 3 days",
				"Due today guide Published 1 June 2026 Due today", "Later guide Published 2 June 2026 Due in 1 day",
				"Much later guide Published 1 July 2026 Due in 30 days");
		assertThat(page.select("main").text()).contains("Showing the first 4 of 140.");
		assertThat(page.select("#contacts").text()).isEqualTo("Contact cards");
		assertThat(page.select(".library-admin-table").last().select("tbody tr").eachText())
			.containsExactly("Northshire YJS Never verified", "Sam Smith, Southshire YJS 2 January 2024");
		assertThat(page.select(".library-admin-table").last().select("a").eachAttr("href"))
			.containsExactly("/admin/contacts/3/edit", "/admin/contacts/4/edit");
		assertThat(page.select(".govuk-breadcrumbs a").eachAttr("href")).containsExactly("/", "/admin");
	}

	@Test
	void signedOutVisitorsGetNoAdminPage() throws Exception {
		for (String path : List.of("/admin", "/admin/resources", "/admin/review")) {
			int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isIn(302, 401, 403);
		}
		verify(this.dashboard, never()).page(any());
	}

	private void answerWithParsedQuery(int rows) {
		List<Choice> categories = List.of(new Choice("custody", "Custody and community"));
		given(this.resourceList.page(any(), any())).willAnswer((invocation) -> {
			ResourceListQuery query = ResourceListQuery.from(invocation.getArgument(0), Set.of("custody"));
			List<ResourceRow> found = java.util.stream.IntStream.rangeClosed(1, rows)
				.mapToObj((i) -> new ResourceRow(i, "Resource " + i, ResourceKind.GUIDANCE_DOCUMENT,
						ResourceStatus.SCHEDULED, "Custody and community", Instant.parse("2026-06-08T08:00:00Z"), null,
						null, CHANGED, EDITOR))
				.toList();
			List<ActiveFilter> active = new java.util.ArrayList<>();
			if (query.text() != null) {
				active.add(new ActiveFilter("dashboard.list.filter.text", query.text(), null,
						"/admin/resources" + query.toQueryStringWithout("q", null)));
			}
			query.statuses()
				.forEach((s) -> active.add(new ActiveFilter("dashboard.list.filter.status", null,
						"resource.status." + s.name(), "/admin/resources"
								+ query.toQueryStringWithout("status", ResourceListQuery.statusParameter(s)))));
			query.kinds()
				.forEach((k) -> active.add(new ActiveFilter("dashboard.list.filter.kind", null,
						"resource.kind." + k.name(), "/admin/resources")));
			if (query.category() != null) {
				active.add(new ActiveFilter("dashboard.list.filter.category", "Custody and community", null,
						"/admin/resources"));
			}
			if (query.mine()) {
				active.add(new ActiveFilter("dashboard.list.filter.mine", null, "dashboard.list.filter.mine.value",
						"/admin/resources"));
			}
			return new ResourceListPage(query, rows, found, Pagination.of(1, 1, (n) -> "/admin/resources"),
					List.of(ResourceStatus.values())
						.stream()
						.map((s) -> new FilterOption(ResourceListQuery.statusParameter(s), null,
								"resource.status." + s.name(), query.statuses().contains(s)))
						.toList(),
					List.of(ResourceKind.values())
						.stream()
						.map((k) -> new FilterOption(ResourceListQuery.kindParameter(k), null,
								"resource.kind." + k.name(), query.kinds().contains(k)))
						.toList(),
					categories, List.of(ResourceListSort.values()), active);
		});
	}

	private static DashboardPage fullDashboard() {
		ResourceRow draft = new ResourceRow(7, "My draft", ResourceKind.PRACTICE_EXAMPLE, ResourceStatus.DRAFT,
				"Practice examples", null, null, null, CHANGED, EDITOR);
		ResourceRow imported = new ResourceRow(8, "Imported guide", ResourceKind.GUIDANCE_DOCUMENT,
				ResourceStatus.PUBLISHED, "Custody", null, CHANGED, null, CHANGED, null);
		ResourceRow scheduled = new ResourceRow(9, "Next week's guide", ResourceKind.GUIDANCE_DOCUMENT,
				ResourceStatus.SCHEDULED, "Custody", Instant.parse("2026-06-08T08:00:00Z"), null, null, CHANGED,
				EDITOR);
		LocalDate today = LocalDate.of(2026, 6, 1);
		return new DashboardPage(
				List.of(new StatusCount(ResourceStatus.DRAFT, 2), new StatusCount(ResourceStatus.SCHEDULED, 1),
						new StatusCount(ResourceStatus.PUBLISHED, 40), new StatusCount(ResourceStatus.ARCHIVED, 0)),
				List.of(draft), List.of(draft, imported), List.of(scheduled),
				List.of(DueResource.of(reviewRow(10, "Old guide", today.minusDays(3)), today)), 6,
				List.of(new ContactRow(3, "Northshire YJS", "Sam Smith", null),
						new ContactRow(4, "Southshire YJS", null, LocalDate.of(2024, 1, 2))),
				9,
				List.of(new FeedbackItem(1, "/resources/old-guide", false, null, null, Feedback.Status.NEW, CHANGED),
						new FeedbackItem(2, "/contacts", null, "Looking for a number", "The phone number is wrong",
								Feedback.Status.NEW, CHANGED)));
	}

	private static ResourceRow reviewRow(long id, String title, LocalDate due) {
		return new ResourceRow(id, title, ResourceKind.GUIDANCE_DOCUMENT, ResourceStatus.PUBLISHED, "Custody", null,
				CHANGED, due, CHANGED, null);
	}

	private static ResourceRow row(long id, String title, ResourceStatus status, String category) {
		return new ResourceRow(id, title, ResourceKind.PRACTICE_EXAMPLE, status, category, null, null, null, CHANGED,
				EDITOR);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(body(request));
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(EDITOR).roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
