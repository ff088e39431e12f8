package uk.youthjustice.library.search.analytics;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Search analytics on PostgreSQL: what is recorded of a search and a click, the result
 * links over HTTP, the nightly deletion, the reports and their CSV, and who may see them.
 * Reports are checked in a period of their own, a century ahead, so that other tests'
 * searches do not count.
 */
@WithLibrary
class SearchAnalyticsIT {

	private static final Instant FUTURE = Instant.parse("2100-03-10T12:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	SearchAnalytics analytics;

	@Autowired
	SearchAnalyticsRetention retention;

	@Autowired
	AnalyticsRepository repository;

	@Autowired
	AnalyticsProperties properties;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forgetTheFuture() {
		this.jdbc.update("delete from search_query where searched_at >= timestamp with time zone '2099-01-01 00:00Z'");
	}

	@Test
	void aRecordsCommitAloneDoesNotWaitForTheDisk() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		String recording = transaction.execute((status) -> {
			this.repository.commitWithoutWaitingForTheDisk();
			return this.jdbc.queryForObject("show synchronous_commit", String.class);
		});
		String next = transaction
			.execute((status) -> this.jdbc.queryForObject("show synchronous_commit", String.class));

		assertThat(recording).isEqualTo("off");
		assertThat(next).isEqualTo("on");
	}

	@Test
	void aSearchIsRecordedWithoutPersonalData() {
		Instant before = Instant.now();
		Long id = this.analytics.recordSearch(
				"  County LINES " + this.unique.toUpperCase() + " call 07700 900123 or jo.bloggs@example.org\u0000 ",
				"topic=county-lines&q=ignored&age=15", 7);

		Map<String, Object> row = this.jdbc.queryForMap("select * from search_query where id = ?", id);
		assertThat(row.get("query_text")).isEqualTo("county lines " + this.unique + " call [phone] or [email]");
		assertThat(row.get("filters")).isEqualTo("age=15&topic=county-lines");
		assertThat(row.get("result_count")).isEqualTo(7);
		assertThat(row.get("clicked")).isEqualTo(false);
		assertThat(((Timestamp) row.get("searched_at")).toInstant()).isCloseTo(before, within(Duration.ofMinutes(1)));
	}

	@Test
	void whateverIsTypedIsRecordedOrLeftOutButNeverFails() {
		Long huge = this.analytics.recordSearch(this.unique + " 🙂\u0000é\ud800" + "x".repeat(10_000), null, 0);
		assertThat(this.jdbc.queryForObject("select query_text from search_query where id = ?", String.class, huge))
			.startsWith(this.unique + " 🙂 éxxx")
			.hasSizeLessThanOrEqualTo(200);
		Long filtersOnly = this.analytics.recordSearch("", "type=guidance", 3);
		assertThat(
				this.jdbc.queryForObject("select query_text from search_query where id = ?", String.class, filtersOnly))
			.isEmpty();

		long searches = count();
		assertThat(this.analytics.recordSearch(null, null, 40)).isNull();
		assertThat(this.analytics.recordSearch(" \u0000 ", "page=2", 40)).isNull();
		assertThat(count()).isEqualTo(searches);
	}

	@Test
	void aResultLinkCountsTheClickAndLeadsToTheResource() {
		Long id = this.analytics.recordSearch("click " + this.unique, null, 4);
		WebSession reader = WebSession.anonymous(this.port);

		HttpResponse<String> answer = reader
			.get("/search/result?search=" + id + "&rank=2&to=a-resource-" + this.unique);

		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location")).hasValue("/resources/a-resource-" + this.unique);
		assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(this.jdbc
			.queryForList("select resource_slug, result_rank from search_click where search_query_id = ?", id))
			.containsExactly(Map.of("resource_slug", "a-resource-" + this.unique, "result_rank", 2));
		assertThat(this.jdbc.queryForObject("select clicked from search_query where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void junkInAResultLinkIsNeitherCountedNorAnErrorNorARedirectElsewhere() {
		Long id = this.analytics.recordSearch("junk " + this.unique, null, 4);
		WebSession reader = WebSession.anonymous(this.port);
		String to = "&to=a-resource";
		for (String query : List.of("search=999999999999" + to + "&rank=1", "search=abc&rank=1" + to,
				"search=%00&rank=1" + to, "search=-" + id + "&rank=1" + to, "search=99999999999999999999&rank=1" + to,
				"search=" + id + "&rank=abc" + to, "search=" + id + "&rank=0" + to, "search=" + id + "&rank=-1" + to,
				"search=" + id + "&rank=1e3" + to, "search=" + id + to)) {
			HttpResponse<String> answer = reader.get("/search/result?" + query);
			assertThat(answer.statusCode()).as(query).isEqualTo(303);
			assertThat(answer.headers().firstValue("Location")).as(query).hasValue("/resources/a-resource");
		}
		for (String evil : List.of("%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "..%2Fadmin",
				"%2F%5Cevil.example", "EVIL", "a-resource%0D%0ASet-Cookie:%20x=1", "", "a-resource&to=b")) {
			HttpResponse<String> answer = reader.get("/search/result?search=" + id + "&rank=1&to=" + evil);
			assertThat(answer.statusCode()).as(evil).isEqualTo(303);
			assertThat(answer.headers().firstValue("Location")).as(evil).hasValue("/search");
		}
		assertThat(reader.get("/search/result").headers().firstValue("Location")).hasValue("/search");
		assertThat(
				this.jdbc.queryForObject("select count(*) from search_click where search_query_id = ?", Long.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select clicked from search_query where id = ?", Boolean.class, id))
			.isFalse();
	}

	@Test
	void searchesOlderThanTheRetentionPeriodAreDeletedWithTheirClicks() {
		assertThat(this.properties.retention()).isEqualTo(Duration.ofDays(365));
		Instant now = Instant.now();
		long old = this.repository.insertSearch(now.minus(Duration.ofDays(366)), "old " + this.unique, null, 1);
		this.repository.insertClick(old, "a-resource", 1, now.minus(Duration.ofDays(300)));
		long kept = this.repository.insertSearch(now.minus(Duration.ofDays(364)), "kept " + this.unique, null, 1);
		this.repository.insertClick(kept, "a-resource", 1, now.minus(Duration.ofDays(364)));

		assertThat(this.retention.deleteExpiredSearches(now)).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.queryForList("select id from search_query where id in (?, ?)", Long.class, old, kept))
			.containsExactly(kept);
		assertThat(this.jdbc.queryForList("select search_query_id from search_click where search_query_id in (?, ?)",
				Long.class, old, kept))
			.containsExactly(kept);
		assertThat(this.retention.deleteExpiredSearches(now)).isZero();
	}

	@Test
	void theReportCountsSearchesZeroResultsAndChoices() {
		String slug = this.jdbc.queryForObject("select slug from resource order by id limit 1", String.class);
		String title = this.jdbc.queryForObject("select title from resource where slug = ?", String.class, slug);
		long first = search(FUTURE.minus(Duration.ofDays(3)), "county lines", null, 10);
		long second = search(FUTURE.minus(Duration.ofDays(2)), "county lines", null, 20);
		search(FUTURE.minus(Duration.ofDays(2)), "county lines", null, 0);
		search(FUTURE.minus(Duration.ofDays(5)), "kinship care", "topic=kinship", 0);
		search(FUTURE.minus(Duration.ofHours(1)), "kinship care", "topic=kinship", 0);
		search(FUTURE.minus(Duration.ofDays(1)), "", "type=guidance", 5);
		search(FUTURE.minus(Duration.ofDays(60)), "older", null, 0);
		this.repository.insertClick(first, slug, 1, FUTURE.minus(Duration.ofDays(3)));
		this.repository.insertClick(second, slug, 3, FUTURE.minus(Duration.ofDays(2)));
		this.repository.insertClick(second, "no-such-resource", 2, FUTURE.minus(Duration.ofDays(2)));
		SearchQueryReports reports = new SearchQueryReports(this.repository, this.catalogue,
				Clock.fixed(FUTURE, ZoneOffset.UTC));

		QueryReport month = reports.report(ReportPeriod.LAST_30_DAYS);

		assertThat(month.totals()).isEqualTo(new QueryReport.Totals(6, 3, 2));
		assertThat(month.topQueries()).containsExactly(new QueryReport.TopQuery("county lines", 3, 10.0, 2),
				new QueryReport.TopQuery("kinship care", 2, 0.0, 0));
		assertThat(month.zeroResults()).containsExactly(
				new QueryReport.ZeroResult("kinship care", "topic=kinship", 2, FUTURE.minus(Duration.ofHours(1))),
				new QueryReport.ZeroResult("county lines", null, 1, FUTURE.minus(Duration.ofDays(2))));
		assertThat(month.chosenResults()).containsExactly(
				new QueryReport.ChosenResult(slug, title, 2, 2.0,
						List.of(new QueryReport.LeadingQuery("county lines", 2))),
				new QueryReport.ChosenResult("no-such-resource", null, 1, 2.0,
						List.of(new QueryReport.LeadingQuery("county lines", 1))));

		QueryReport year = reports.report(ReportPeriod.LAST_12_MONTHS);
		assertThat(year.totals()).isEqualTo(new QueryReport.Totals(7, 4, 2));
		assertThat(reports.report(ReportPeriod.LAST_7_DAYS).totals()).isEqualTo(new QueryReport.Totals(6, 3, 2));

		// A year's report is kept for a while; the shorter periods are counted every
		// time.
		search(FUTURE.minus(Duration.ofDays(1)), "later", null, 1);
		assertThat(reports.report(ReportPeriod.LAST_12_MONTHS)).isSameAs(year);
		assertThat(reports.report(ReportPeriod.LAST_30_DAYS).totals().searches()).isEqualTo(7);
		assertThat(reports.report(ReportPeriod.LAST_7_DAYS).totals().searches()).isEqualTo(7);
	}

	@Test
	void theCsvListsEverySearchThatFoundNothingSafeForSpreadsheets() throws Exception {
		search(FUTURE.minus(Duration.ofDays(1)), "=hyperlink(\"http://evil.example\")", null, 0);
		search(FUTURE.minus(Duration.ofDays(1)), "kinship, care", "age=15&topic=kinship", 0);
		search(FUTURE.minus(Duration.ofDays(1)), "found", null, 3);
		SearchQueryReports reports = new SearchQueryReports(this.repository, this.catalogue,
				Clock.fixed(FUTURE, ZoneOffset.UTC));
		StringWriter csv = new StringWriter();

		reports.writeZeroResults(ReportPeriod.LAST_7_DAYS, List.of("Words", "Filters", "Searches", "Last"), csv);

		assertThat(csv.toString()).isEqualTo("\uFEFFWords,Filters,Searches,Last\r\n"
				+ "\"'=hyperlink(\"\"http://evil.example\"\")\",,1,2100-03-09 12:00\r\n"
				+ "\"kinship, care\",\"age: 15, topic: kinship\",1,2100-03-09 12:00\r\n");
	}

	@Test
	void onlyEditorsSeeTheReportsAndTheDownload() {
		this.analytics.recordSearch("=" + this.unique + " nothing", null, 0);
		WebSession anonymous = WebSession.anonymous(this.port);
		for (String path : List.of("/admin/search/queries", "/admin/search/queries/zero-results.csv")) {
			HttpResponse<String> refused = anonymous.get(path);
			assertThat(refused.statusCode()).as(path).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
		}

		WebSession editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.EDITOR));
		HttpResponse<String> page = editor.get("/admin/search/queries?period=7-days");
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("h1").text()).isEqualTo("What people search for");
		assertThat(html.select("main table").text()).contains("=" + this.unique + " nothing");

		HttpResponse<String> download = editor.get("/admin/search/queries/zero-results.csv?period=7-days");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"searches-that-found-nothing-7-days-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		assertThat(download.body()).startsWith("\uFEFFSearch words,Filters,Searches,Last searched (UK time)\r\n")
			.contains("'=" + this.unique + " nothing,,1,");
	}

	private long search(Instant at, String words, String filters, int results) {
		return this.repository.insertSearch(at, words, filters, results);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from search_query", Long.class);
	}

}
