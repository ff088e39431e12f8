package uk.youthjustice.library.search.analytics;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editors' search queries page as HTML, with the reports mocked: the period links,
 * the three tables, what is escaped, and the CSV download's headers.
 */
@WebMvcTest(SearchQueriesController.class)
@Import({ AnalyticsConfiguration.class, SearchQueriesControllerTests.FixedClock.class })
class SearchQueriesControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final Instant LAST = Instant.parse("2026-05-03T22:30:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchQueryReports reports;

	@Test
	void theReportShowsTotalsAndTheThreeTables() throws Exception {
		given(this.reports.report(ReportPeriod.LAST_30_DAYS)).willReturn(report(ReportPeriod.LAST_30_DAYS));

		String html = html(get("/admin/search/queries"));
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("What people search for – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("What people search for");
		assertThat(page.select("main").text()).contains("[email], [phone] and [number]")
			.contains("Searches are deleted after 12 months.");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Search");
		assertThat(page.select(".library-sub-navigation a").eachText()).containsExactly("Last 7 days", "Last 30 days",
				"Last 12 months");
		assertThat(page.select(".library-sub-navigation a").eachAttr("href")).containsExactly(
				"/admin/search/queries?period=7-days", "/admin/search/queries?period=30-days",
				"/admin/search/queries?period=12-months");
		assertThat(page.select(".library-sub-navigation a[aria-current=page]").text()).isEqualTo("Last 30 days");
		assertThat(page.select("main .govuk-hint")).isEmpty();
		assertThat(page.select(".library-status-counts li").eachText()).containsExactly("1,204 searches",
				"8% found nothing", "61% led to a chosen result");

		List<Element> tables = page.select("main table");
		assertThat(tables).hasSize(3);
		assertThat(tables.get(0).attr("aria-labelledby")).isEqualTo("top-heading");
		assertThat(page.select("#top-heading").text()).isEqualTo("Most searched for");
		assertThat(tables.get(0).select("thead th").eachText()).containsExactly("Search words", "Searches",
				"Average results", "Led to a chosen result");
		assertThat(tables.get(0).select("tbody tr").get(0).select("td").eachText()).containsExactly("county lines",
				"1,000", "14.5", "64%");
		assertThat(tables.get(0).select("tbody tr").get(1).select("td").first().text()).isEqualTo(SCRIPT);

		assertThat(page.select("#zero-heading").text()).isEqualTo("Searches that found nothing");
		assertThat(page.select("a[href*=zero-results.csv]").attr("href"))
			.isEqualTo("/admin/search/queries/zero-results.csv?period=30-days");
		assertThat(tables.get(1).select("thead th").eachText()).containsExactly("Search words", "Filters", "Searches",
				"Last searched", "Actions");
		List<Element> zero = tables.get(1).select("tbody tr");
		assertThat(zero.get(0).select("td").eachText()).containsExactly("kinship care", "age: 15, topic: county-lines",
				"12", "3 May 2026", "Search again for kinship care");
		assertThat(zero.get(0).select("time").attr("datetime")).isEqualTo("2026-05-03T22:30:00Z");
		assertThat(zero.get(0).select("a").attr("href")).isEqualTo("/search?q=kinship+care&age=15&topic=county-lines");
		assertThat(zero.get(1).select("td").eachText()).containsExactly("(filters only)", "type: guidance", "2",
				"3 May 2026", "Search again for (filters only)");
		assertThat(zero.get(1).select("a").attr("href")).isEqualTo("/search?q=&type=guidance");

		assertThat(page.select("#chosen-heading").text()).isEqualTo("Results people chose");
		assertThat(tables.get(2).select("thead th").eachText()).containsExactly("Resource", "Times chosen",
				"Average position", "Searches that led there");
		List<Element> chosen = tables.get(2).select("tbody tr");
		assertThat(chosen.get(0).select("td").eachText()).containsExactly("County lines toolkit", "40", "1.4",
				"county lines (30) cce (8) (filters only) (2)");
		assertThat(chosen.get(0).select("a").attr("href")).isEqualTo("/resources/county-lines-toolkit");
		assertThat(chosen.get(1).select("td").first().text()).isEqualTo("old-address");
		assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;");
	}

	@Test
	void anEmptyPeriodSaysSoWithoutTables() throws Exception {
		given(this.reports.report(ReportPeriod.LAST_7_DAYS)).willReturn(new QueryReport(ReportPeriod.LAST_7_DAYS,
				List.of(ReportPeriod.values()), new QueryReport.Totals(0, 0, 0), List.of(), List.of(), List.of()));

		Document page = Jsoup.parse(html(get("/admin/search/queries").param("period", "7-days")));

		assertThat(page.select("main table")).isEmpty();
		assertThat(page.select("a[href*=zero-results.csv]")).isEmpty();
		assertThat(page.select(".library-status-counts li").eachText()).containsExactly("0 searches",
				"0% found nothing", "0% led to a chosen result");
		assertThat(page.select("main").text()).contains("Nobody searched in this period.")
			.contains("Every search in this period found something.")
			.contains("Nobody chose a result of a search in this period.");
		assertThat(page.select(".library-sub-navigation a[aria-current=page]").text()).isEqualTo("Last 7 days");
	}

	@Test
	void theYearSaysItsFiguresAreCountedEveryTenMinutes() throws Exception {
		given(this.reports.report(ReportPeriod.LAST_12_MONTHS)).willReturn(report(ReportPeriod.LAST_12_MONTHS));

		Document page = Jsoup.parse(html(get("/admin/search/queries").param("period", "12-months")));

		assertThat(page.select(".library-sub-navigation a[aria-current=page]").text()).isEqualTo("Last 12 months");
		assertThat(page.select("#totals-heading").text()).isEqualTo("Last 12 months");
		assertThat(page.select("main .govuk-hint").text()).contains("counted again every 10 minutes");
	}

	@Test
	void anUnknownPeriodIsTheLast30Days() throws Exception {
		given(this.reports.report(ReportPeriod.LAST_30_DAYS)).willReturn(report(ReportPeriod.LAST_30_DAYS));
		for (String period : List.of(SCRIPT, "", "365-days", "7-DAYS")) {
			html(get("/admin/search/queries").param("period", period));
		}
		html(get("/admin/search/queries").param("period", "7-days", "12-months"));
		verify(this.reports, times(5)).report(ReportPeriod.LAST_30_DAYS);
	}

	@Test
	void theCsvIsADownloadNamedForItsPeriodAndDay() throws Exception {
		willAnswer((invocation) -> {
			invocation.<Writer>getArgument(2).write("written");
			return null;
		}).given(this.reports).writeZeroResults(eq(ReportPeriod.LAST_12_MONTHS), any(), any());

		this.mvc
			.perform(get("/admin/search/queries/zero-results.csv").param("period", "12-months")
				.with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"searches-that-found-nothing-12-months-2026-05-04.csv\""))
			.andExpect(content().string("written"));
		verify(this.reports).writeZeroResults(eq(ReportPeriod.LAST_12_MONTHS),
				eq(List.of("Search words", "Filters", "Searches", "Last searched (UK time)")), any());
	}

	private static QueryReport report(ReportPeriod period) {
		return new QueryReport(period, List.of(ReportPeriod.values()), new QueryReport.Totals(1204, 97, 735),
				List.of(new QueryReport.TopQuery("county lines", 1000, 14.46, 640),
						new QueryReport.TopQuery(SCRIPT, 3, 0, 0)),
				List.of(new QueryReport.ZeroResult("kinship care", "age=15&topic=county-lines", 12, LAST),
						new QueryReport.ZeroResult("", "type=guidance", 2, LAST)),
				List.of(new QueryReport.ChosenResult("county-lines-toolkit", "County lines toolkit", 40, 1.425,
						List.of(new QueryReport.LeadingQuery("county lines", 30),
								new QueryReport.LeadingQuery("cce", 8), new QueryReport.LeadingQuery("", 2))),
						new QueryReport.ChosenResult("old-address", null, 3, 2, List.of())));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC);
		}

	}

}
