package uk.youthjustice.library.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.TaxonomyTerm;
import uk.youthjustice.library.contacts.ContactCard;

/**
 * Turns a version of a resource, contact card or taxonomy term (as Envers reads it, or as
 * it is now) into labelled text for {@link Differences}: references by name, choices by
 * their label, dates as people in the UK write them.
 */
@Component
class Snapshots {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h", Locale.UK);

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("h:mm", Locale.UK);

	private final MessageSource messages;

	Snapshots(MessageSource messages) {
		this.messages = messages;
	}

	Snapshot of(Object item) {
		if (item instanceof Resource resource) {
			return new Snapshot(resource.getTitle(), resource(resource));
		}
		if (item instanceof ContactCard card) {
			return new Snapshot(contactName(card), contactCard(card));
		}
		if (item instanceof TaxonomyTerm term) {
			return new Snapshot(term.getName(), term(term));
		}
		throw new IllegalArgumentException("No history is kept of " + item.getClass().getName());
	}

	/** What the item is called, without reading any of its lists. */
	String name(Object item) {
		if (item instanceof Resource resource) {
			return resource.getTitle();
		}
		if (item instanceof ContactCard card) {
			return contactName(card);
		}
		return ((TaxonomyTerm) item).getName();
	}

	/** A resource's place in the publishing workflow; other items have none. */
	String status(Object item) {
		return (item instanceof Resource resource) ? label("history.status.", resource.getStatus()) : null;
	}

	/** "3 June 2026 at 2:15pm", in UK time. */
	String dateTime(Instant instant) {
		if (instant == null) {
			return null;
		}
		ZonedDateTime local = instant.atZone(UK);
		return message("history.date-time", DATE.format(local), time(local));
	}

	private String time(ZonedDateTime local) {
		if (local.getHour() == 12 && local.getMinute() == 0) {
			return message("history.time.midday");
		}
		if (local.getHour() == 0 && local.getMinute() == 0) {
			return message("history.time.midnight");
		}
		String clock = ((local.getMinute() == 0) ? HOUR : HOUR_MINUTE).format(local);
		return clock + message((local.getHour() < 12) ? "history.time.am" : "history.time.pm");
	}

	private Map<String, Object> resource(Resource resource) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("history.field.title", resource.getTitle());
		fields.put("history.field.kind", label("history.kind.", resource.getKind()));
		fields.put("history.field.status", label("history.status.", resource.getStatus()));
		fields.put("history.field.slug", resource.getSlug());
		fields.put("history.field.summary", resource.getSummary());
		fields.put("history.field.description", resource.getDescription());
		fields.put("history.field.category", termName(resource.getCategory()));
		fields.put("history.field.topics", names(resource.getTopics()));
		fields.put("history.field.evidence", termName(resource.getEvidence()));
		fields.put("history.field.age-range", ages(resource.getAgeRange()));
		fields.put("history.field.sex", label("history.sex.", resource.getSex()));
		fields.put("history.field.cost", label("history.cost.", resource.getCostKind()));
		fields.put("history.field.cost-text", resource.getCostText());
		fields.put("history.field.aims", List.copyOf(resource.getAims()));
		fields.put("history.field.implementation-steps", List.copyOf(resource.getImplementationSteps()));
		fields.put("history.field.audience", List.copyOf(resource.getAudience()));
		fields.put("history.field.contacts",
				resource.getContacts().stream().filter(Objects::nonNull).map(this::contactName).toList());
		fields.put("history.field.source-organisation", contactName(resource.getSourceOrganisation()));
		fields.put("history.field.publisher", resource.getPublisher());
		fields.put("history.field.external-url", resource.getExternalUrl());
		fields.put("history.field.replaces",
				(resource.getReplaces() != null) ? resource.getReplaces().getTitle() : null);
		fields.put("history.field.review-due-on", date(resource.getReviewDueOn()));
		fields.put("history.field.publish-at", dateTime(resource.getPublishAt()));
		fields.put("history.field.published-at", dateTime(resource.getPublishedAt()));
		fields.put("history.field.updated-at", dateTime(resource.getUpdatedAt()));
		return fields;
	}

	private Map<String, Object> contactCard(ContactCard card) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("history.field.organisation", card.getOrganisation());
		fields.put("history.field.person-name", card.getPersonName());
		fields.put("history.field.role", card.getRole());
		fields.put("history.field.telephone", card.getTelephone());
		fields.put("history.field.email", card.getEmail());
		fields.put("history.field.website", card.getWebsite());
		fields.put("history.field.region", card.getRegion());
		fields.put("history.field.last-verified-on", date(card.getLastVerifiedOn()));
		fields.put("history.field.slug", card.getSlug());
		return fields;
	}

	private Map<String, Object> term(TaxonomyTerm term) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("history.field.name", term.getName());
		fields.put("history.field.slug", term.getSlug());
		fields.put("history.field.term-description", term.getDescription());
		if (term instanceof Category category) {
			fields.put("history.field.position", String.valueOf(category.getPosition()));
		}
		if (term instanceof EvidenceClassification evidence) {
			fields.put("history.field.position", String.valueOf(evidence.getPosition()));
		}
		return fields;
	}

	/** Topic names in alphabetical order: a set of topics has no order of its own. */
	private static List<String> names(Collection<? extends TaxonomyTerm> terms) {
		return terms.stream().filter(Objects::nonNull).map(TaxonomyTerm::getName).sorted().toList();
	}

	private static String termName(TaxonomyTerm term) {
		return (term != null) ? term.getName() : null;
	}

	private String contactName(ContactCard card) {
		if (card == null) {
			return null;
		}
		if (card.getPersonName() == null || card.getPersonName().isBlank()) {
			return card.getOrganisation();
		}
		return message("history.contact", card.getOrganisation(), card.getPersonName());
	}

	private String ages(AgeRange range) {
		if (range == null || !range.isApplicable()) {
			return null;
		}
		if (range.minimum() == null) {
			return message("history.age.up-to", range.maximum());
		}
		if (range.maximum() == null) {
			return message("history.age.from", range.minimum());
		}
		return message("history.age.between", range.minimum(), range.maximum());
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : null;
	}

	private String label(String prefix, Enum<?> value) {
		return (value != null) ? message(prefix + value.name()) : null;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
