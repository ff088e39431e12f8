package uk.youthjustice.library.search.analytics;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.support.LibraryProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The analytics' SQL on the embedded H2 default (PostgreSQL mode): V15, recording, every
 * report query and the deletion. SearchAnalyticsIT covers the rest on PostgreSQL.
 */
class SearchAnalyticsOnEmbeddedDatabaseIT {

	@TempDir
	Path dataDir;

	@Test
	void searchesAreRecordedReportedAndDeletedOnTheEmbeddedDatabase() throws Exception {
		try (ConfigurableApplicationContext library = LibraryProcess.start(this.dataDir,
				"library.search.analytics.retention=30d")) {
			SearchAnalytics analytics = library.getBean(SearchAnalytics.class);
			SearchQueryReports reports = library.getBean(SearchQueryReports.class);
			JdbcTemplate jdbc = library.getBean(JdbcTemplate.class);
			String slug = jdbc.queryForObject("select slug from resource order by id limit 1", String.class);

			Long first = analytics.recordSearch("County Lines", null, 12);
			Long second = analytics.recordSearch("county  lines", "topic=county-lines", 0);
			analytics.recordSearch("jo@example.org", null, 0);
			analytics.recordClick(first, slug, 2);
			analytics.recordClick(first, "another-resource", 4);
			analytics.recordClick(999_999L, slug, 1);

			QueryReport report = reports.report(ReportPeriod.LAST_7_DAYS);
			assertThat(report.totals()).isEqualTo(new QueryReport.Totals(3, 2, 1));
			assertThat(report.topQueries()).containsExactly(new QueryReport.TopQuery("county lines", 2, 6.0, 1),
					new QueryReport.TopQuery("[email]", 1, 0.0, 0));
			assertThat(report.zeroResults()).extracting(QueryReport.ZeroResult::words, QueryReport.ZeroResult::filters)
				.containsExactlyInAnyOrder(tuple("[email]", null), tuple("county lines", "topic=county-lines"));
			assertThat(report.chosenResults())
				.extracting(QueryReport.ChosenResult::slug, QueryReport.ChosenResult::clicks,
						QueryReport.ChosenResult::averageRank, QueryReport.ChosenResult::queries)
				.containsExactlyInAnyOrder(
						tuple(slug, 1L, 2.0, List.of(new QueryReport.LeadingQuery("county lines", 1))),
						tuple("another-resource", 1L, 4.0, List.of(new QueryReport.LeadingQuery("county lines", 1))));
			assertThat(report.chosenResults()).filteredOn((row) -> row.slug().equals(slug))
				.singleElement()
				.extracting(QueryReport.ChosenResult::title)
				.isNotNull();

			StringWriter csv = new StringWriter();
			reports.writeZeroResults(ReportPeriod.LAST_30_DAYS, List.of("w", "f", "s", "l"), csv);
			assertThat(csv.toString().lines()).hasSize(3);

			SearchAnalyticsRetention retention = library.getBean(SearchAnalyticsRetention.class);
			assertThat(retention.deleteExpiredSearches(Instant.now().plus(Duration.ofDays(29)))).isZero();
			assertThat(retention.deleteExpiredSearches(Instant.now().plus(Duration.ofDays(31)))).isEqualTo(3);
			assertThat(jdbc.queryForObject("select count(*) from search_click", Long.class)).isZero();
			assertThat(second).isNotNull();
		}
	}

}
