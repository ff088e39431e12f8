package uk.youthjustice.library.search.analytics;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The {@code search_query} and {@code search_click} tables. Plain SQL that PostgreSQL and
 * H2 (PostgreSQL mode) both run. Each report reads one period, in one pass over the
 * indexes V15 adds ({@code searched_at} first, with the columns the report needs), so a
 * million searches in a year cost a fraction of a second rather than a scan of the table.
 */
@Repository
class AnalyticsRepository {

	private static final String TOTALS = """
			select count(*) as searches,
			       coalesce(sum(case when result_count = 0 then 1 else 0 end), 0) as zero_results,
			       coalesce(sum(case when clicked then 1 else 0 end), 0) as clicked
			from search_query
			where searched_at >= :since""";

	private static final String TOP_QUERIES = """
			select query_text, count(*) as searches,
			       avg(cast(result_count as double precision)) as average_results,
			       sum(case when clicked then 1 else 0 end) as clicked
			from search_query
			where searched_at >= :since and query_text <> ''
			group by query_text
			order by searches desc, query_text
			limit :limit""";

	private static final String ZERO_RESULTS = """
			select query_text, filters, count(*) as searches, max(searched_at) as last_searched
			from search_query
			where result_count = 0 and searched_at >= :since
			group by query_text, filters
			order by searches desc, last_searched desc, query_text, filters
			limit :limit""";

	private static final String CHOSEN_RESULTS = """
			select resource_slug, count(*) as clicks, avg(cast(result_rank as double precision)) as average_rank
			from search_click
			where clicked_at >= :since
			group by resource_slug
			order by clicks desc, resource_slug
			limit :limit""";

	// The few commonest searches behind each chosen resource, not every one.
	private static final String LEADING_QUERIES = """
			select resource_slug, query_text, clicks
			from (select c.resource_slug, q.query_text, count(*) as clicks,
			             row_number() over (partition by c.resource_slug order by count(*) desc, q.query_text) as place
			      from search_click c join search_query q on q.id = c.search_query_id
			      where c.clicked_at >= :since and c.resource_slug in (:slugs)
			      group by c.resource_slug, q.query_text) ranked
			where place <= :limit
			order by resource_slug, place""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	AnalyticsRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			// Unknown: the records then wait for the disk, as every other write does.
			return false;
		}
	}

	/**
	 * Lets this transaction's commit return before its records reach the disk (on
	 * PostgreSQL; elsewhere nothing changes). Every search writes a record, and waiting
	 * for the disk added about a millisecond to each under load; a crash may lose the
	 * last fraction of a second of records, never make them inconsistent. Call it inside
	 * the transaction, before the writes.
	 */
	void commitWithoutWaitingForTheDisk() {
		if (this.postgres) {
			this.jdbc.sql("set local synchronous_commit to off").update();
		}
	}

	/** Records a search and answers its id. */
	long insertSearch(Instant at, String words, String filters, int resultCount) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into search_query (searched_at, query_text, filters, result_count)
				values (:at, :words, :filters, :results)""")
			.param("at", utc(at))
			.param("words", words)
			.param("filters", filters)
			.param("results", resultCount)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Records a click on a result of a search, and marks the search as followed by one.
	 * @return whether the search exists (nothing is recorded when it does not)
	 */
	boolean insertClick(long searchId, String slug, int rank, Instant at) {
		int inserted = this.jdbc.sql("""
				insert into search_click (search_query_id, resource_slug, result_rank, clicked_at)
				select id, :slug, :rank, :at from search_query where id = :search""")
			.param("slug", slug)
			.param("rank", rank)
			.param("at", utc(at))
			.param("search", searchId)
			.update();
		if (inserted > 0) {
			this.jdbc.sql("update search_query set clicked = true where id = :search and clicked = false")
				.param("search", searchId)
				.update();
		}
		return inserted > 0;
	}

	/** Deletes searches made before the time, and with them their clicks. */
	int deleteSearchedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from search_query where searched_at < :cutoff")
			.param("cutoff", utc(cutoff))
			.update();
	}

	QueryReport.Totals totals(Instant since) {
		return this.jdbc.sql(TOTALS)
			.param("since", utc(since))
			.query((row, n) -> new QueryReport.Totals(row.getLong("searches"), row.getLong("zero_results"),
					row.getLong("clicked")))
			.single();
	}

	List<QueryReport.TopQuery> topQueries(Instant since, int limit) {
		return this.jdbc.sql(TOP_QUERIES)
			.param("since", utc(since))
			.param("limit", limit)
			.query((row, n) -> new QueryReport.TopQuery(row.getString("query_text"), row.getLong("searches"),
					row.getDouble("average_results"), row.getLong("clicked")))
			.list();
	}

	List<QueryReport.ZeroResult> zeroResults(Instant since, int limit) {
		return this.jdbc.sql(ZERO_RESULTS)
			.param("since", utc(since))
			.param("limit", limit)
			.query((row, n) -> zeroResult(row))
			.list();
	}

	/** Every search that found nothing in the period, most frequent first. */
	void eachZeroResult(Instant since, Consumer<QueryReport.ZeroResult> action) {
		this.jdbc.sql(ZERO_RESULTS)
			.param("since", utc(since))
			.param("limit", Integer.MAX_VALUE)
			.query((RowCallbackHandler) (row) -> action.accept(zeroResult(row)));
	}

	List<ChosenRow> chosenResults(Instant since, int limit) {
		return this.jdbc.sql(CHOSEN_RESULTS)
			.param("since", utc(since))
			.param("limit", limit)
			.query((row, n) -> new ChosenRow(row.getString("resource_slug"), row.getLong("clicks"),
					row.getDouble("average_rank")))
			.list();
	}

	List<LeadingRow> leadingQueries(Instant since, Collection<String> slugs, int limit) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(LEADING_QUERIES)
			.param("since", utc(since))
			.param("slugs", slugs)
			.param("limit", limit)
			.query((row, n) -> new LeadingRow(row.getString("resource_slug"), row.getString("query_text"),
					row.getLong("clicks")))
			.list();
	}

	private static QueryReport.ZeroResult zeroResult(ResultSet row) throws SQLException {
		return new QueryReport.ZeroResult(row.getString("query_text"), row.getString("filters"),
				row.getLong("searches"), row.getObject("last_searched", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A resource chosen from results: how often, and how far down it stood on average.
	 */
	record ChosenRow(String slug, long clicks, double averageRank) {
	}

	/** A search that led to a chosen resource, and how many clicks it led to. */
	record LeadingRow(String slug, String words, long clicks) {
	}

}
