package uk.youthjustice.library.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static uk.youthjustice.library.exchange.Rows.bind;

/**
 * Writes an {@link ImportPlan} in one transaction: the items to create with their
 * original dates and authors, references resolved to the new ids or to the items already
 * present, attachments queued to be read, and one history revision recording every new
 * item as its first version. A failure part way rolls everything back.
 */
@Component
class ImportWriter {

	private static final String[] ID = { "id" };

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	ImportWriter(NamedParameterJdbcTemplate named) {
		this.named = named;
		this.jdbc = named.getJdbcTemplate();
	}

	/**
	 * @return the ids of the resources created
	 */
	@Transactional
	public List<Long> write(ImportPlan plan, Instant now, String importedBy) {
		terms("category", true, plan.newCategories, plan.categoryIds, now);
		terms("topic", false, plan.newTopics, plan.topicIds, now);
		terms("evidence_classification", true, plan.newEvidence, plan.evidenceIds, now);
		for (Manifest.Contact card : plan.newContacts) {
			plan.contactIds.put(card.slug(),
					insert("""
							insert into contact_card (slug, organisation, person_name, role, telephone, email, website, region,
							    last_verified_on, created_at, created_by, updated_at, modified_by)
							values (:slug, :organisation, :personName, :role, :telephone, :email, :website, :region,
							    :lastVerifiedOn, :createdAt, :createdBy, :updatedAt, :modifiedBy)""",
							new MapSqlParameterSource().addValue("slug", card.slug())
								.addValue("organisation", card.organisation())
								.addValue("personName", card.personName())
								.addValue("role", card.role())
								.addValue("telephone", card.telephone())
								.addValue("email", card.email())
								.addValue("website", card.website())
								.addValue("region", card.region())
								.addValue("lastVerifiedOn", card.lastVerifiedOn())
								.addValue("createdAt", bind(or(card.createdAt(), now)))
								.addValue("createdBy", card.createdBy())
								.addValue("updatedAt", bind(or(card.updatedAt(), now)))
								.addValue("modifiedBy", card.modifiedBy())));
		}
		users(plan.newUsers, now);
		List<Long> created = new ArrayList<>();
		Map<String, Long> newIds = new HashMap<>();
		for (Manifest.Resource resource : plan.newResources) {
			long id = resource(resource, plan, now);
			newIds.put(resource.slug(), id);
			created.add(id);
		}
		plan.resourceIds.putAll(newIds);
		for (Manifest.Resource resource : plan.newResources) {
			if (resource.replaces() != null) {
				this.jdbc.update("update resource set replaces_id = ? where id = ?",
						plan.resourceIds.get(resource.replaces()), newIds.get(resource.slug()));
			}
		}
		if (!plan.isEmpty()) {
			FirstVersions.record(this.jdbc, bind(now), importedBy);
		}
		return created;
	}

	private void terms(String table, boolean positioned, List<Manifest.Term> terms, Map<String, Long> ids,
			Instant now) {
		String sql = positioned
				? "insert into " + table + " (slug, name, description, position, created_at, updated_at)"
						+ " values (:slug, :name, :description, :position, :createdAt, :updatedAt)"
				: "insert into " + table + " (slug, name, description, created_at, updated_at)"
						+ " values (:slug, :name, :description, :createdAt, :updatedAt)";
		for (Manifest.Term term : terms) {
			ids.put(term.slug(),
					insert(sql,
							new MapSqlParameterSource().addValue("slug", term.slug())
								.addValue("name", term.name())
								.addValue("description", term.description())
								.addValue("position", Objects.requireNonNullElse(term.position(), 0))
								.addValue("createdAt", bind(or(term.createdAt(), now)))
								.addValue("updatedAt", bind(or(term.updatedAt(), now)))));
		}
	}

	private void users(List<Manifest.User> users, Instant now) {
		for (Manifest.User user : users) {
			// No password: the person sets one through a set-password link.
			long id = insert("""
					insert into user_account (email, display_name, password_hash, enabled, created_at)
					values (:email, :displayName, null, :enabled, :createdAt)""",
					new MapSqlParameterSource().addValue("email", user.email())
						.addValue("displayName", user.displayName())
						.addValue("enabled", !Boolean.FALSE.equals(user.enabled()))
						.addValue("createdAt", bind(or(user.createdAt(), now))));
			for (String role : user.roles()) {
				this.jdbc.update("insert into user_account_role (user_account_id, role) values (?, ?)", id, role);
			}
		}
	}

	private long resource(Manifest.Resource resource, ImportPlan plan, Instant now) {
		long id = insert("""
				insert into resource (kind, slug, title, summary, description, status, publish_at, published_at,
				    updated_at, created_at, modified_at, created_by, modified_by, category_id,
				    evidence_classification_id, age_min, age_max, sex, cost_kind, cost_text, source_organisation_id,
				    publisher, external_url, review_due_on)
				values (:kind, :slug, :title, :summary, :description, :status, :publishAt, :publishedAt,
				    :updatedAt, :createdAt, :modifiedAt, :createdBy, :modifiedBy, :category,
				    :evidence, :ageMin, :ageMax, :sex, :costKind, :costText, :source,
				    :publisher, :externalUrl, :reviewDueOn)""",
				new MapSqlParameterSource().addValue("kind", resource.kind())
					.addValue("slug", resource.slug())
					.addValue("title", resource.title())
					.addValue("summary", resource.summary())
					.addValue("description", resource.description())
					.addValue("status", resource.status())
					.addValue("publishAt", bind(resource.publishAt()))
					.addValue("publishedAt", bind(resource.publishedAt()))
					.addValue("updatedAt", bind(resource.updatedAt()))
					.addValue("createdAt", bind(or(resource.createdAt(), now)))
					.addValue("modifiedAt", bind(or(resource.modifiedAt(), now)))
					.addValue("createdBy", resource.createdBy())
					.addValue("modifiedBy", resource.modifiedBy())
					.addValue("category", plan.categoryIds.get(resource.category()))
					.addValue("evidence", ref(plan.evidenceIds, resource.evidenceLabel()))
					.addValue("ageMin", resource.ageMin())
					.addValue("ageMax", resource.ageMax())
					.addValue("sex", Objects.requireNonNullElse(resource.sex(), "NOT_APPLICABLE"))
					.addValue("costKind", Objects.requireNonNullElse(resource.costKind(), "NOT_STATED"))
					.addValue("costText", resource.costText())
					.addValue("source", ref(plan.contactIds, resource.sourceOrganisation()))
					.addValue("publisher", resource.publisher())
					.addValue("externalUrl", resource.externalUrl())
					.addValue("reviewDueOn", resource.reviewDueOn()));
		texts("resource_aim", id, resource.aims());
		texts("resource_implementation_step", id, resource.implementationSteps());
		texts("resource_audience", id, resource.audience());
		for (String topic : resource.topics()) {
			this.jdbc.update("insert into resource_topic (resource_id, topic_id) values (?, ?)", id,
					plan.topicIds.get(topic));
		}
		int position = 0;
		for (String card : resource.contactCards()) {
			this.jdbc.update("insert into resource_contact (resource_id, position, contact_card_id) values (?, ?, ?)",
					id, position++, plan.contactIds.get(card));
		}
		for (Manifest.ChangeNote note : resource.changeNotes()) {
			this.jdbc.update("insert into resource_change_note (resource_id, changed_at, note) values (?, ?, ?)", id,
					bind(note.changedAt()), note.note());
		}
		for (Manifest.PreviousSlug previous : resource.previousSlugs()) {
			this.jdbc.update("insert into resource_previous_slug (resource_id, slug, retired_at) values (?, ?, ?)", id,
					previous.slug(), bind(or(previous.retiredAt(), now)));
		}
		attachments(id, resource.attachments(), now);
		return id;
	}

	private void attachments(long resourceId, List<Manifest.Attachment> attachments, Instant now) {
		int position = 0;
		for (Manifest.Attachment attachment : attachments) {
			// Read again by this library: the text, pages and thumbnail are not in the
			// export.
			long id = insert("""
					insert into attachment (resource_id, position, title, file_name, media_type, size_bytes, sha256,
					    extraction_status, accessible_format_on_request, download_count, created_at, updated_at)
					values (:resource, :position, :title, :fileName, :mediaType, :size, :sha256,
					    'PENDING', :accessible, :downloads, :createdAt, :now)""",
					new MapSqlParameterSource().addValue("resource", resourceId)
						.addValue("position", position++)
						.addValue("title", attachment.title())
						.addValue("fileName", attachment.fileName())
						.addValue("mediaType", attachment.mediaType())
						.addValue("size", attachment.sizeBytes())
						.addValue("sha256", attachment.sha256())
						.addValue("accessible", Boolean.TRUE.equals(attachment.accessibleFormatOnRequest()))
						.addValue("downloads", Objects.requireNonNullElse(attachment.downloadCount(), 0L))
						.addValue("createdAt", bind(or(attachment.createdAt(), now)))
						.addValue("now", bind(now)));
			this.jdbc.update("insert into extraction_job (attachment_id, queued_at) values (?, ?)", id, bind(now));
		}
	}

	private void texts(String table, long resourceId, List<String> texts) {
		int position = 0;
		for (String text : texts) {
			this.jdbc.update("insert into " + table + " (resource_id, position, text) values (?, ?, ?)", resourceId,
					position++, text);
		}
	}

	private long insert(String sql, MapSqlParameterSource parameters) {
		KeyHolder key = new GeneratedKeyHolder();
		this.named.update(sql, parameters, key, ID);
		return Objects.requireNonNull(key.getKey(), "generated id").longValue();
	}

	private static Long ref(Map<String, Long> ids, String slug) {
		return (slug != null) ? ids.get(slug) : null;
	}

	private static Instant or(Instant value, Instant fallback) {
		return (value != null) ? value : fallback;
	}

}
