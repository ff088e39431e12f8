package uk.youthjustice.library.exchange;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Gives imported items a history to start from, as migration V6 did for the content that
 * existed then: one revision (now, by whoever imported), and for every resource, contact
 * card, category, topic and evidence label that has no version yet, its present state as
 * its first version. Items already in the library have versions, so a merge leaves their
 * history alone.
 */
final class FirstVersions {

	private static final String[] STATEMENTS = { """
			insert into category_aud (id, rev, revtype, slug, name, description, position)
			select id, ?, 0, slug, name, description, position from category t
			where not exists (select 1 from category_aud a where a.id = t.id)""", """
			insert into topic_aud (id, rev, revtype, slug, name, description)
			select id, ?, 0, slug, name, description from topic t
			where not exists (select 1 from topic_aud a where a.id = t.id)""", """
			insert into evidence_classification_aud (id, rev, revtype, slug, name, description, position)
			select id, ?, 0, slug, name, description, position from evidence_classification t
			where not exists (select 1 from evidence_classification_aud a where a.id = t.id)""", """
			insert into contact_card_aud (id, rev, revtype, slug, organisation, person_name, role, telephone, email,
			    website, region, last_verified_on)
			select id, ?, 0, slug, organisation, person_name, role, telephone, email, website, region, last_verified_on
			from contact_card t where not exists (select 1 from contact_card_aud a where a.id = t.id)""",
			// The lists first: they pick the resources that have no version yet.
			listStatement("resource_aim", "position, text"),
			listStatement("resource_implementation_step", "position, text"),
			listStatement("resource_audience", "position, text"), listStatement("resource_topic", "topic_id"),
			listStatement("resource_contact", "position, contact_card_id"),
			"""
					insert into resource_aud (id, rev, revtype, kind, slug, title, summary, description, status, publish_at,
					    published_at, updated_at, category_id, evidence_classification_id, age_min, age_max, sex, cost_kind,
					    cost_text, source_organisation_id, publisher, external_url, replaces_id, review_due_on)
					select id, ?, 0, kind, slug, title, summary, description, status, publish_at, published_at, updated_at,
					    category_id, evidence_classification_id, age_min, age_max, sex, cost_kind, cost_text,
					    source_organisation_id, publisher, external_url, replaces_id, review_due_on
					from resource t where not exists (select 1 from resource_aud a where a.id = t.id)""" };

	private FirstVersions() {
	}

	static void record(JdbcTemplate jdbc, OffsetDateTime now, String changedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update((connection) -> {
			PreparedStatement insert = connection
				.prepareStatement("insert into revision (changed_at, changed_by) values (?, ?)", new String[] { "id" });
			insert.setObject(1, now);
			insert.setString(2, changedBy);
			return insert;
		}, key);
		long revision = Objects.requireNonNull(key.getKey(), "revision id").longValue();
		for (String statement : STATEMENTS) {
			jdbc.update(statement, revision);
		}
	}

	private static String listStatement(String table, String columns) {
		return "insert into " + table + "_aud (resource_id, rev, revtype, " + columns + ") select resource_id, ?, 0, "
				+ columns + " from " + table
				+ " t where not exists (select 1 from resource_aud a where a.id = t.resource_id)";
	}

}
