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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import uk.youthjustice.library.benchmark.RelevanceNeedles.Needle;
import uk.youthjustice.library.benchmark.SyntheticCorpus.ChangeNoteRow;
import uk.youthjustice.library.benchmark.SyntheticCorpus.ContactRow;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticAttachment;
import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticResource;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Taxonomy;

/**
 * Writes the synthetic corpus straight into PostgreSQL with batched inserts, beside the
 * demo content, referring to the demo categories, topics, evidence labels and contacts.
 * Rows written this way bypass the application, so nothing the application caches or
 * indexes (the Hibernate Search index) knows about them.
 */
final class CorpusLoader {

	private static final String PUBLIC = "r.status = 'PUBLISHED' and r.published_at <= now()";

	private CorpusLoader() {
	}

	/**
	 * Generates the corpus and inserts it.
	 * @param url JDBC URL of the library's database
	 * @param user database user
	 * @param password database password
	 * @param shape how many resources, and with what
	 * @return what the database now holds
	 * @throws SQLException if the inserts fail
	 */
	static CorpusFacts load(String url, String user, String password, Shape shape) throws SQLException {
		try (Connection connection = connect(url, user, password)) {
			long started = System.nanoTime();
			connection.setAutoCommit(false);
			if (shape.moreTaxonomy()) {
				insertTaxonomy(connection);
			}
			Taxonomy taxonomy = new Taxonomy(ids(connection, "select id from category order by position, id"),
					ids(connection, "select id from topic order by slug"),
					ids(connection, "select id from evidence_classification order by position, id"),
					ids(connection, "select id from contact_card order by slug"));
			if (taxonomy.categoryIds().isEmpty() || taxonomy.topicIds().isEmpty() || taxonomy.contactIds().isEmpty()) {
				throw new IllegalStateException("The demo categories, topics and contacts are not there");
			}
			long firstId = count(connection, "select coalesce(max(id), 0) + 1 from resource");
			List<SyntheticResource> resources = new SyntheticCorpus(shape, taxonomy, firstId).generate();
			write(connection, resources);
			return facts(connection, shape, resources.get(0), Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/**
	 * Inserts the relevance set's planted resources, with their attached files' text as
	 * if read (status {@code EXTRACTED}, a row a page), into a library that has the demo
	 * categories and topics. Like the corpus, they are not in the search index until it
	 * is rebuilt.
	 * @return how many
	 * @throws SQLException if the inserts fail
	 */
	static int plantNeedles(String url, String user, String password, List<Needle> needles) throws SQLException {
		try (Connection connection = connect(url, user, password)) {
			connection.setAutoCommit(false);
			List<SyntheticResource> rows = RelevanceNeedles.rows(needles,
					count(connection, "select coalesce(max(id), 0) + 1 from resource"),
					idsBySlug(connection, "category"), idsBySlug(connection, "topic"));
			write(connection, rows);
			return rows.size();
		}
	}

	private static Connection connect(String url, String user, String password) throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	/** Inserts resources with everything they hold, commits, and refreshes statistics. */
	private static void write(Connection connection, List<SyntheticResource> resources) throws SQLException {
		insertResources(connection, resources);
		insertCollections(connection, resources);
		insertAttachments(connection, resources);
		try (Statement statement = connection.createStatement()) {
			statement.execute("update resource r set replaces_id = s.replaces from (values " + replacements(resources)
					+ ") as s(id, replaces) where r.id = s.id");
			statement
				.execute("select setval(pg_get_serial_sequence('resource', 'id'), (select max(id) from resource))");
			statement.execute("select setval(pg_get_serial_sequence('attachment', 'id'), "
					+ "(select coalesce(max(id), 0) + 1 from attachment), false)");
		}
		connection.commit();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("analyze");
		}
	}

	private static void insertTaxonomy(Connection connection) throws SQLException {
		Instant now = SyntheticCorpus.ANCHOR;
		try (PreparedStatement categories = connection
			.prepareStatement("insert into category " + "(slug, name, position, created_at, updated_at) values (?, ?, "
					+ "(select coalesce(max(position), 0) + 1 from category), ?, ?)");
				PreparedStatement topics = connection
					.prepareStatement("insert into topic (slug, name, created_at, updated_at) values (?, ?, ?, ?)");
				PreparedStatement contacts = connection
					.prepareStatement("insert into contact_card (slug, organisation, person_name, role, "
							+ "created_at, updated_at) values (?, ?, ?, ?, ?, ?)")) {
			for (String name : SyntheticCorpus.EXTRA_CATEGORIES) {
				addNamed(categories, name, now);
				categories.executeUpdate();
			}
			for (String name : SyntheticCorpus.EXTRA_TOPICS) {
				addNamed(topics, name, now);
				topics.addBatch();
			}
			topics.executeBatch();
			for (ContactRow contact : SyntheticCorpus.extraContacts()) {
				contacts.setString(1, contact.slug());
				contacts.setString(2, contact.organisation());
				contacts.setString(3, contact.personName());
				contacts.setString(4, contact.role());
				setInstant(contacts, 5, now);
				setInstant(contacts, 6, now);
				contacts.addBatch();
			}
			contacts.executeBatch();
		}
	}

	private static void addNamed(PreparedStatement insert, String name, Instant at) throws SQLException {
		insert.setString(1, SyntheticCorpus.words(name));
		insert.setString(2, name);
		setInstant(insert, 3, at);
		setInstant(insert, 4, at);
	}

	/**
	 * Attachment rows as text extraction leaves a PDF's (read, a row a page), and their
	 * pages. The files themselves are not stored.
	 */
	private static void insertAttachments(Connection connection, List<SyntheticResource> resources)
			throws SQLException {
		long firstId = count(connection, "select coalesce(max(id), 0) + 1 from attachment");
		List<SyntheticAttachment> files = resources.stream()
			.map(SyntheticResource::attachment)
			.filter(Objects::nonNull)
			.toList();
		try (Copy copy = new Copy(connection, "attachment",
				"id, resource_id, position, title, file_name, media_type, "
						+ "size_bytes, sha256, page_count, extraction_status, created_at, updated_at, document_title, "
						+ "text_by_page, extracted_at")) {
			long id = firstId;
			for (SyntheticAttachment file : files) {
				Instant at = SyntheticCorpus.ANCHOR;
				copy.row(id++, file.resourceId(), 0, file.title(), SyntheticCorpus.words(file.title()) + ".pdf",
						"application/pdf", 40_000L * file.pages(),
						String.format(Locale.ROOT, "%064x", file.resourceId()), file.pages(), "EXTRACTED", at, at,
						file.title(), true, at);
			}
		}
		try (Copy copy = new Copy(connection, "attachment_page", "attachment_id, page_number, text")) {
			long id = firstId;
			for (SyntheticAttachment file : files) {
				List<String> pages = file.pageTexts();
				for (int number = 1; number <= pages.size(); number++) {
					copy.row(id, number, pages.get(number - 1));
				}
				id++;
			}
		}
	}

	/** A value in COPY's text format. */
	static String copyText(String value) {
		return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
	}

	private static void insertResources(Connection connection, List<SyntheticResource> resources) throws SQLException {
		try (Copy copy = new Copy(connection, "resource", "id, kind, slug, title, summary, description, status, "
				+ "publish_at, published_at, updated_at, modified_at, created_at, category_id, "
				+ "evidence_classification_id, age_min, age_max, sex, cost_kind, cost_text, source_organisation_id, "
				+ "publisher, external_url, review_due_on")) {
			for (SyntheticResource r : resources) {
				copy.row(r.id(), r.kind(), r.slug(), r.title(), r.summary(), r.description(), r.status(), r.publishAt(),
						r.publishedAt(), r.updatedAt(), lastModified(r), r.createdAt(), r.categoryId(), r.evidenceId(),
						r.ageMin(), r.ageMax(), r.sex(), r.costKind(), r.costText(), r.sourceOrganisationId(),
						r.publisher(), r.externalUrl(), r.reviewDueOn());
			}
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
		try (Copy topics = new Copy(connection, "resource_topic", "resource_id, topic_id")) {
			resources.forEach((r) -> r.topicIds().forEach((topic) -> topics.row(r.id(), topic)));
		}
		try (Copy contacts = new Copy(connection, "resource_contact", "resource_id, position, contact_card_id")) {
			resources.forEach((r) -> positioned(r.contactIds(), (i, contact) -> contacts.row(r.id(), i, contact)));
		}
		try (Copy aims = new Copy(connection, "resource_aim", "resource_id, position, text")) {
			resources.forEach((r) -> positioned(r.aims(), (i, text) -> aims.row(r.id(), i, text)));
		}
		try (Copy steps = new Copy(connection, "resource_implementation_step", "resource_id, position, text")) {
			resources.forEach((r) -> positioned(r.steps(), (i, text) -> steps.row(r.id(), i, text)));
		}
		try (Copy audience = new Copy(connection, "resource_audience", "resource_id, position, text")) {
			resources.forEach((r) -> positioned(r.audience(), (i, text) -> audience.row(r.id(), i, text)));
		}
		try (Copy notes = new Copy(connection, "resource_change_note", "resource_id, changed_at, note")) {
			resources.forEach((r) -> r.changeNotes().forEach((note) -> notes.row(r.id(), note.at(), note.note())));
		}
	}

	private static <T> void positioned(List<T> values, BiConsumer<Integer, T> row) {
		for (int i = 0; i < values.size(); i++) {
			row.accept(i, values.get(i));
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

	private static CorpusFacts facts(Connection connection, Shape shape, SyntheticResource showcase,
			Duration insertTime) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet largest = statement.executeQuery("select c.slug, c.name, count(*), "
						+ "count(*) filter (where r.kind = 'PRACTICE_EXAMPLE' and r.cost_kind = 'NONE') "
						+ "from resource r join category c on c.id = r.category_id where " + PUBLIC
						+ " group by c.slug, c.name order by count(*) desc, c.slug limit 1")) {
			largest.next();
			return new CorpusFacts(shape.size(), count(connection, "select count(*) from resource r"),
					count(connection, "select count(*) from resource r where " + PUBLIC), largest.getString(1),
					largest.getString(2), largest.getLong(3), largest.getLong(4), showcase.slug(), showcase.title(),
					count(connection, "select count(*) from resource_topic")
							+ count(connection, "select count(*) from resource_contact")
							+ count(connection, "select count(*) from resource_aim")
							+ count(connection, "select count(*) from resource_implementation_step")
							+ count(connection, "select count(*) from resource_audience")
							+ count(connection, "select count(*) from resource_change_note"),
					insertTime, count(connection, "select count(*) from attachment"),
					count(connection, "select count(*) from attachment_page"),
					count(connection,
							"select coalesce(sum(octet_length(title) + coalesce(octet_length(summary), 0) "
									+ "+ coalesce(octet_length(description), 0)), 0) from resource")
							+ count(connection, "select coalesce(sum(octet_length(text)), 0) from resource_aim")
							+ count(connection,
									"select coalesce(sum(octet_length(text)), 0) from resource_implementation_step")
							+ count(connection, "select coalesce(sum(octet_length(text)), 0) from resource_audience"),
					count(connection, "select coalesce(sum(octet_length(text)), 0) from attachment_page"));
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		return ids(connection, sql).get(0);
	}

	private static Map<String, Long> idsBySlug(Connection connection, String table) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select slug, id from " + table)) {
			while (rows.next()) {
				ids.put(rows.getString(1), rows.getLong(2));
			}
		}
		return ids;
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

	/**
	 * Rows written with one {@code COPY … from stdin} a table, in its text format: the
	 * search corpus's million rows and 200,000 pages go in about a minute where batched
	 * inserts took several.
	 */
	private static final class Copy implements AutoCloseable {

		private final CopyIn copy;

		Copy(Connection connection, String table, String columns) throws SQLException {
			this.copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " (" + columns + ") from stdin");
		}

		void row(Object... values) {
			StringBuilder row = new StringBuilder();
			for (int i = 0; i < values.length; i++) {
				row.append((i == 0) ? "" : "\t").append(text(values[i]));
			}
			byte[] bytes = row.append('\n').toString().getBytes(StandardCharsets.UTF_8);
			try {
				this.copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY failed", ex);
			}
		}

		private static String text(Object value) {
			if (value == null) {
				return "\\N";
			}
			if (value instanceof Instant instant) {
				return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
			}
			return copyText(value.toString());
		}

		@Override
		public void close() throws SQLException {
			if (this.copy.isActive()) {
				this.copy.endCopy();
			}
		}

	}

	/**
	 * What the database holds after the load: resources in all, public ones, the largest
	 * category by public resources and how many of those are free practice examples (the
	 * filtered listing), the showcase resource, and rows in the resource's collection
	 * tables; attached files, their pages, and the bytes of text in resources and in
	 * pages.
	 */
	record CorpusFacts(int synthetic, long resources, long publicResources, String largestCategorySlug,
			String largestCategoryName, long largestCategoryPublic, long largestCategoryFreePractice,
			String showcaseSlug, String showcaseTitle, long collectionRows, Duration insertTime, long attachments,
			long pages, long resourceTextBytes, long pageTextBytes) {
	}

}
