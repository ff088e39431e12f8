package uk.youthjustice.library.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import static uk.youthjustice.library.exchange.Rows.date;
import static uk.youthjustice.library.exchange.Rows.instant;
import static uk.youthjustice.library.exchange.Rows.integer;

/**
 * Reads the whole library into a {@link Manifest}, table by table in one read-only
 * transaction (a consistent snapshot), in a fixed order so that two exports of the same
 * content are the same apart from their time. See ADR 0020 for why the exchange reads the
 * tables rather than the feature services.
 */
@Component
class ExportQueries {

	static final String GENERATOR = "Youth Justice Practice Library";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ExportQueries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Manifest read() {
		Map<Long, String> categorySlugs = slugs("category");
		Map<Long, String> topicSlugs = slugs("topic");
		Map<Long, String> evidenceSlugs = slugs("evidence_classification");
		Map<Long, String> contactSlugs = slugs("contact_card");
		Map<Long, String> resourceSlugs = slugs("resource");
		Map<Long, List<String>> aims = texts("resource_aim");
		Map<Long, List<String>> steps = texts("resource_implementation_step");
		Map<Long, List<String>> audience = texts("resource_audience");
		Map<Long, List<String>> topics = grouped(
				"select resource_id, topic_id as ref from resource_topic order by resource_id, topic_id",
				(rs, n) -> topicSlugs.get(rs.getLong("ref")));
		topics.values().forEach((list) -> list.sort(null));
		Map<Long, List<String>> contacts = grouped(
				"select resource_id, contact_card_id as ref from resource_contact order by resource_id, position",
				(rs, n) -> contactSlugs.get(rs.getLong("ref")));
		Map<Long, List<Manifest.ChangeNote>> notes = grouped(
				"select resource_id, changed_at, note from resource_change_note order by resource_id, changed_at, id",
				(rs, n) -> new Manifest.ChangeNote(instant(rs, "changed_at"), rs.getString("note")));
		Map<Long, List<Manifest.PreviousSlug>> previous = grouped(
				"select resource_id, slug, retired_at from resource_previous_slug order by resource_id, retired_at, slug",
				(rs, n) -> new Manifest.PreviousSlug(rs.getString("slug"), instant(rs, "retired_at")));
		Map<Long, List<Manifest.Attachment>> attachments = grouped("""
				select resource_id, title, file_name, media_type, size_bytes, sha256, accessible_format_on_request,
				    download_count, created_at
				from attachment order by resource_id, position, id""",
				(rs, n) -> new Manifest.Attachment(rs.getString("title"), rs.getString("file_name"),
						rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
						Manifest.fileEntry(rs.getString("sha256")), rs.getBoolean("accessible_format_on_request"),
						rs.getLong("download_count"), instant(rs, "created_at")));
		List<Manifest.Resource> resources = this.jdbc.query("select * from resource order by slug", (rs, n) -> {
			long id = rs.getLong("id");
			Long evidence = rs.getObject("evidence_classification_id", Long.class);
			Long source = rs.getObject("source_organisation_id", Long.class);
			Long replaces = rs.getObject("replaces_id", Long.class);
			return new Manifest.Resource(rs.getString("slug"), rs.getString("kind"), rs.getString("status"),
					rs.getString("title"), rs.getString("summary"), rs.getString("description"),
					instant(rs, "publish_at"), instant(rs, "published_at"), instant(rs, "updated_at"),
					instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "modified_at"),
					rs.getString("modified_by"), categorySlugs.get(rs.getLong("category_id")),
					(evidence != null) ? evidenceSlugs.get(evidence) : null, integer(rs, "age_min"),
					integer(rs, "age_max"), rs.getString("sex"), rs.getString("cost_kind"), rs.getString("cost_text"),
					aims.get(id), steps.get(id), audience.get(id), topics.get(id), contacts.get(id),
					(source != null) ? contactSlugs.get(source) : null, rs.getString("publisher"),
					rs.getString("external_url"), (replaces != null) ? resourceSlugs.get(replaces) : null,
					date(rs, "review_due_on"), notes.get(id), previous.get(id), attachments.get(id));
		});
		return new Manifest(Manifest.FORMAT_VERSION, this.clock.instant(), GENERATOR,
				terms("category", true, "position, slug"), terms("topic", false, "slug"),
				terms("evidence_classification", true, "position, slug"), contactCards(), users(), resources);
	}

	private List<Manifest.Term> terms(String table, boolean positioned, String order) {
		return this.jdbc.query("select * from " + table + " order by " + order,
				(rs, n) -> new Manifest.Term(rs.getString("slug"), rs.getString("name"), rs.getString("description"),
						positioned ? rs.getInt("position") : null, instant(rs, "created_at"),
						instant(rs, "updated_at")));
	}

	private List<Manifest.Contact> contactCards() {
		return this.jdbc.query("select * from contact_card order by slug",
				(rs, n) -> new Manifest.Contact(rs.getString("slug"), rs.getString("organisation"),
						rs.getString("person_name"), rs.getString("role"), rs.getString("telephone"),
						rs.getString("email"), rs.getString("website"), rs.getString("region"),
						date(rs, "last_verified_on"), instant(rs, "created_at"), rs.getString("created_by"),
						instant(rs, "updated_at"), rs.getString("modified_by")));
	}

	private List<Manifest.User> users() {
		Map<Long, List<String>> roles = grouped(
				"select user_account_id as resource_id, role from user_account_role order by user_account_id, role",
				(rs, n) -> rs.getString("role"));
		return this.jdbc.query("select id, email, display_name, enabled, created_at from user_account order by email",
				(rs, n) -> new Manifest.User(rs.getString("email"), rs.getString("display_name"),
						roles.get(rs.getLong("id")), rs.getBoolean("enabled"), instant(rs, "created_at")));
	}

	private Map<Long, String> slugs(String table) {
		Map<Long, String> slugs = new LinkedHashMap<>();
		this.jdbc.query("select id, slug from " + table, (rs) -> {
			slugs.put(rs.getLong("id"), rs.getString("slug"));
		});
		return slugs;
	}

	private Map<Long, List<String>> texts(String table) {
		return grouped("select resource_id, text from " + table + " order by resource_id, position",
				(rs, n) -> rs.getString("text"));
	}

	/** Rows of a list table by the {@code resource_id} column, in the query's order. */
	private <T> Map<Long, List<T>> grouped(String sql, RowMapper<T> mapper) {
		Map<Long, List<T>> grouped = new LinkedHashMap<>();
		this.jdbc.query(sql, (rs) -> {
			grouped.computeIfAbsent(rs.getLong("resource_id"), (Function<Long, List<T>>) (id) -> new ArrayList<>())
				.add(mapper.mapRow(rs, 0));
		});
		return grouped;
	}

}
