package uk.youthjustice.library.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import uk.youthjustice.library.benchmark.SyntheticCorpus.ChangeNoteRow;
import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticResource;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Taxonomy;

/**
 * Writes the synthetic corpus straight into PostgreSQL with batched inserts, beside the
 * demo content, referring to the demo categories, topics, evidence labels and contacts.
 * Rows written this way bypass the application, so nothing the application caches or
 * indexes (the Hibernate Search index) knows about them.
 */
final class CorpusLoader {

	private static final int BATCH = 1_000;

	private static final String PUBLIC = "r.status = 'PUBLISHED' and r.published_at <= now()";

	private CorpusLoader() {
	}

	/**
	 * Generates the corpus and inserts it.
	 * @param url JDBC URL of the library's database
	 * @param user database user
	 * @param password database password
	 * @return what the database now holds
	 * @throws SQLException if the inserts fail
	 */
	static CorpusFacts load(String url, String user, String password) throws SQLException {
		String batchedUrl = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		try (Connection connection = DriverManager.getConnection(batchedUrl, user, password)) {
			long started = System.nanoTime();
			connection.setAutoCommit(false);
			Taxonomy taxonomy = new Taxonomy(ids(connection, "select id from category order by position, id"),
					ids(connection, "select id from topic order by slug"),
					ids(connection, "select id from evidence_classification order by position, id"),
					ids(connection, "select id from contact_card order by slug"));
			if (taxonomy.categoryIds().isEmpty() || taxonomy.topicIds().isEmpty() || taxonomy.contactIds().isEmpty()) {
				throw new IllegalStateException("The demo categories, topics and contacts are not there");
			}
			long firstId = ids(connection, "select coalesce(max(id), 0) + 1 from resource").get(0);
			List<SyntheticResource> resources = new SyntheticCorpus(taxonomy, firstId).generate();
			insertResources(connection, resources);
			insertCollections(connection, resources);
			try (Statement statement = connection.createStatement()) {
				statement.execute("update resource r set replaces_id = s.replaces from (values "
						+ replacements(resources) + ") as s(id, replaces) where r.id = s.id");
				statement
					.execute("select setval(pg_get_serial_sequence('resource', 'id'), (select max(id) from resource))");
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
			return facts(connection, resources.get(0), Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private static void insertResources(Connection connection, List<SyntheticResource> resources) throws SQLException {
		String sql = "insert into resource (id, kind, slug, title, summary, description, status, publish_at, "
				+ "published_at, updated_at, modified_at, created_at, category_id, evidence_classification_id, age_min, age_max, "
				+ "sex, cost_kind, cost_text, source_organisation_id, publisher, external_url, review_due_on) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int pending = 0;
			for (SyntheticResource r : resources) {
				int i = 0;
				insert.setLong(++i, r.id());
				insert.setString(++i, r.kind());
				insert.setString(++i, r.slug());
				insert.setString(++i, r.title());
				insert.setString(++i, r.summary());
				insert.setString(++i, r.description());
				insert.setString(++i, r.status());
				setInstant(insert, ++i, r.publishAt());
				setInstant(insert, ++i, r.publishedAt());
				setInstant(insert, ++i, r.updatedAt());
				setInstant(insert, ++i, lastModified(r));
				setInstant(insert, ++i, r.createdAt());
				insert.setLong(++i, r.categoryId());
				setLong(insert, ++i, r.evidenceId());
				setInteger(insert, ++i, r.ageMin());
				setInteger(insert, ++i, r.ageMax());
				insert.setString(++i, r.sex());
				insert.setString(++i, r.costKind());
				insert.setString(++i, r.costText());
				setLong(insert, ++i, r.sourceOrganisationId());
				insert.setString(++i, r.publisher());
				insert.setString(++i, r.externalUrl());
				setDate(insert, ++i, r.reviewDueOn());
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			insert.executeBatch();
		}
	}

	/** As migration V2 fills it for existing rows: the latest time the row has. */
	private static Instant lastModified(SyntheticResource r) {
		if (r.updatedAt() != null) {
			return r.updatedAt();
		}
		return (r.publishedAt() != null) ? r.publishedAt() : r.createdAt();
	}

	private static void insertCollections(Connection connection, List<SyntheticResource> resources)
			throws SQLException {
		try (PreparedStatement topics = connection
			.prepareStatement("insert into resource_topic (resource_id, topic_id) values (?, ?)");
				PreparedStatement contacts = connection.prepareStatement(
						"insert into resource_contact (resource_id, position, contact_card_id) values (?, ?, ?)");
				PreparedStatement aims = connection
					.prepareStatement("insert into resource_aim (resource_id, position, text) values (?, ?, ?)");
				PreparedStatement steps = connection.prepareStatement(
						"insert into resource_implementation_step (resource_id, position, text) values (?, ?, ?)");
				PreparedStatement audience = connection
					.prepareStatement("insert into resource_audience (resource_id, position, text) values (?, ?, ?)");
				PreparedStatement notes = connection.prepareStatement(
						"insert into resource_change_note (resource_id, changed_at, note) values (?, ?, ?)")) {
			int count = 0;
			for (SyntheticResource r : resources) {
				for (Long topic : r.topicIds()) {
					topics.setLong(1, r.id());
					topics.setLong(2, topic);
					topics.addBatch();
				}
				for (int i = 0; i < r.contactIds().size(); i++) {
					contacts.setLong(1, r.id());
					contacts.setInt(2, i);
					contacts.setLong(3, r.contactIds().get(i));
					contacts.addBatch();
				}
				addTexts(aims, r.id(), r.aims());
				addTexts(steps, r.id(), r.steps());
				addTexts(audience, r.id(), r.audience());
				for (ChangeNoteRow note : r.changeNotes()) {
					notes.setLong(1, r.id());
					setInstant(notes, 2, note.at());
					notes.setString(3, note.note());
					notes.addBatch();
				}
				if (++count % BATCH == 0 || count == resources.size()) {
					for (PreparedStatement statement : List.of(topics, contacts, aims, steps, audience, notes)) {
						statement.executeBatch();
					}
				}
			}
		}
	}

	private static void addTexts(PreparedStatement insert, long resourceId, List<String> texts) throws SQLException {
		for (int i = 0; i < texts.size(); i++) {
			insert.setLong(1, resourceId);
			insert.setInt(2, i);
			insert.setString(3, texts.get(i));
			insert.addBatch();
		}
	}

	private static String replacements(List<SyntheticResource> resources) {
		List<String> pairs = new ArrayList<>();
		for (SyntheticResource r : resources) {
			if (r.replacesId() != null) {
				pairs.add("(" + r.id() + ", " + r.replacesId() + ")");
			}
		}
		return pairs.isEmpty() ? "(0, 0)" : String.join(", ", pairs);
	}

	private static CorpusFacts facts(Connection connection, SyntheticResource showcase, Duration insertTime)
			throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet largest = statement.executeQuery("select c.slug, c.name, count(*), "
						+ "count(*) filter (where r.kind = 'PRACTICE_EXAMPLE' and r.cost_kind = 'NONE') "
						+ "from resource r join category c on c.id = r.category_id where " + PUBLIC
						+ " group by c.slug, c.name order by count(*) desc, c.slug limit 1")) {
			largest.next();
			return new CorpusFacts(SyntheticCorpus.SIZE, count(connection, "select count(*) from resource r"),
					count(connection, "select count(*) from resource r where " + PUBLIC), largest.getString(1),
					largest.getString(2), largest.getLong(3), largest.getLong(4), showcase.slug(), showcase.title(),
					count(connection, "select count(*) from resource_topic")
							+ count(connection, "select count(*) from resource_contact")
							+ count(connection, "select count(*) from resource_aim")
							+ count(connection, "select count(*) from resource_implementation_step")
							+ count(connection, "select count(*) from resource_audience")
							+ count(connection, "select count(*) from resource_change_note"),
					insertTime);
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		return ids(connection, sql).get(0);
	}

	private static List<Long> ids(Connection connection, String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
		}
	}

	private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, value);
		}
	}

	private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setObject(index, value);
		}
	}

	/**
	 * What the database holds after the load: resources in all, public ones, the largest
	 * category by public resources and how many of those are free practice examples (the
	 * filtered listing), the showcase resource, and rows in the resource's collection
	 * tables.
	 */
	record CorpusFacts(int synthetic, long resources, long publicResources, String largestCategorySlug,
			String largestCategoryName, long largestCategoryPublic, long largestCategoryFreePractice,
			String showcaseSlug, String showcaseTitle, long collectionRows, Duration insertTime) {
	}

}
