package uk.youthjustice.library.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import uk.youthjustice.library.benchmark.InProcessLibrary.Answer;

/**
 * The search benchmark's baseline: PostgreSQL full-text search over the same text the
 * library indexes, in a table of the benchmark's own (never in the product's migrations).
 * One {@code tsvector} a resource: title weighted A, summary B, description, aims, steps,
 * audience, publisher, category, topics, evidence label and contacts C, the text of every
 * attached page D; a GIN index; {@code websearch_to_tsquery('english', …)}; ranked by
 * {@code ts_rank_cd}; the first page and the number of matches in one statement, public
 * resources only, as the library's search answers.
 */
final class PostgresBaseline implements AutoCloseable {

	static final String TABLE = "benchmark_search_baseline";

	static final String QUERY = "select slug, count(*) over () from " + TABLE
			+ ", websearch_to_tsquery('english', ?) query where document @@ query "
			+ "and status = 'PUBLISHED' and published_at <= now() "
			+ "order by ts_rank_cd(document, query) desc, published_at desc limit ?";

	private static final String BUILD = "insert into " + TABLE + " (resource_id, slug, status, published_at, document) "
			+ "select r.id, r.slug, r.status, r.published_at, " + "setweight(to_tsvector('english', r.title), 'A') "
			+ "|| setweight(to_tsvector('english', coalesce(r.summary, '')), 'B') "
			+ "|| setweight(to_tsvector('english', concat_ws(' ', r.description, r.publisher, c.name, e.name, "
			+ "(select string_agg(t.name, ' ') from resource_topic rt join topic t on t.id = rt.topic_id "
			+ "where rt.resource_id = r.id), "
			+ "(select string_agg(text, ' ') from resource_aim where resource_id = r.id), "
			+ "(select string_agg(text, ' ') from resource_implementation_step where resource_id = r.id), "
			+ "(select string_agg(text, ' ') from resource_audience where resource_id = r.id), "
			+ "(select string_agg(concat_ws(' ', k.organisation, k.person_name), ' ') from resource_contact rc "
			+ "join contact_card k on k.id = rc.contact_card_id where rc.resource_id = r.id), "
			+ "(select concat_ws(' ', k.organisation, k.person_name) from contact_card k "
			+ "where k.id = r.source_organisation_id))), 'C') "
			+ "|| setweight(to_tsvector('english', coalesce((select string_agg(p.text, ' ' "
			+ "order by a.position, p.page_number) from attachment a join attachment_page p "
			+ "on p.attachment_id = a.id where a.resource_id = r.id), '')), 'D') "
			+ "from resource r join category c on c.id = r.category_id "
			+ "left join evidence_classification e on e.id = r.evidence_classification_id " + "where r.id % ? = ?";

	private final Connection connection;

	private final PreparedStatement query;

	private PostgresBaseline(Connection connection) throws SQLException {
		this.connection = connection;
		this.query = connection.prepareStatement(QUERY);
	}

	/**
	 * Creates and fills the baseline's table and index, in {@code parallel} connections
	 * (the text search parser runs on one core a connection).
	 * @return how long it took
	 */
	static Duration build(String url, String user, String password, int parallel) throws Exception {
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists " + TABLE);
			statement.execute("create table " + TABLE + " (resource_id bigint primary key, slug varchar(200) not null, "
					+ "status varchar(20) not null, published_at timestamp with time zone, document tsvector not null)");
		}
		List<Thread> threads = new ArrayList<>();
		List<Exception> failures = new ArrayList<>();
		for (int part = 0; part < parallel; part++) {
			int remainder = part;
			Thread thread = new Thread(() -> {
				try (Connection connection = DriverManager.getConnection(url, user, password);
						PreparedStatement insert = connection.prepareStatement(BUILD)) {
					insert.setInt(1, parallel);
					insert.setInt(2, remainder);
					insert.executeUpdate();
				}
				catch (SQLException ex) {
					synchronized (failures) {
						failures.add(ex);
					}
				}
			}, "baseline-build-" + part);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("set maintenance_work_mem = '256MB'");
			statement.execute("create index " + TABLE + "_document on " + TABLE + " using gin (document)");
			statement.execute("analyze " + TABLE);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	static PostgresBaseline open(String url, String user, String password) throws SQLException {
		return new PostgresBaseline(DriverManager.getConnection(url, user, password));
	}

	/**
	 * The first {@code limit} public resources for a query, best first, and the count.
	 */
	Answer search(String words, int limit) {
		try {
			this.query.setString(1, words);
			this.query.setInt(2, limit);
			List<String> slugs = new ArrayList<>();
			long total = 0;
			try (ResultSet rows = this.query.executeQuery()) {
				while (rows.next()) {
					slugs.add(rows.getString(1));
					total = rows.getLong(2);
				}
			}
			return new Answer(slugs, total);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Baseline query failed for " + words, ex);
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
