package uk.youthjustice.library.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import will do, decided item by item against what the library holds before
 * anything is written: each item is created, or skipped because an item with its key is
 * already there (references to it then lead to the one already there), or refused because
 * its key is free but its address is taken by something else. Any refusal stops the whole
 * run.
 */
final class ImportPlan {

	/** Items of the manifest to create. */
	final List<Manifest.Term> newCategories = new ArrayList<>();

	final List<Manifest.Term> newTopics = new ArrayList<>();

	final List<Manifest.Term> newEvidence = new ArrayList<>();

	final List<Manifest.Contact> newContacts = new ArrayList<>();

	final List<Manifest.User> newUsers = new ArrayList<>();

	final List<Manifest.Resource> newResources = new ArrayList<>();

	/** Files (by SHA-256) that new attachments need and the library does not hold. */
	final Map<String, Manifest.Attachment> newFiles = new LinkedHashMap<>();

	/** Ids of items already present, by the manifest's slug. */
	final Map<String, Long> categoryIds = new HashMap<>();

	final Map<String, Long> topicIds = new HashMap<>();

	final Map<String, Long> evidenceIds = new HashMap<>();

	final Map<String, Long> contactIds = new HashMap<>();

	final Map<String, Long> resourceIds = new HashMap<>();

	final List<ExchangeReport.Section> sections = new ArrayList<>();

	private ImportPlan() {
	}

	static ImportPlan of(Manifest manifest, LibraryState state) {
		ImportPlan plan = new ImportPlan();
		plan.terms("categories", manifest.categories(), state.categories, plan.newCategories, plan.categoryIds);
		plan.terms("topics", manifest.topics(), state.topics, plan.newTopics, plan.topicIds);
		plan.evidence(manifest, state);
		plan.contacts(manifest, state);
		plan.users(manifest, state);
		plan.resources(manifest, state);
		return plan;
	}

	/** Whether the import creates nothing at all. */
	boolean isEmpty() {
		return this.sections.stream().allMatch((section) -> section.created().isEmpty());
	}

	boolean hasRefusals() {
		return this.sections.stream().anyMatch((section) -> !section.refused().isEmpty());
	}

	private void terms(String kind, List<Manifest.Term> terms, Map<String, Long> existing, List<Manifest.Term> created,
			Map<String, Long> ids) {
		Section section = new Section(kind);
		for (Manifest.Term term : terms) {
			Long id = existing.get(term.slug());
			if (id != null) {
				ids.put(term.slug(), id);
				section.skipped.add(term.name());
			}
			else {
				created.add(term);
				section.created.add(term.name());
			}
		}
		section.add(this);
	}

	private void evidence(Manifest manifest, LibraryState state) {
		Section section = new Section("evidence-labels");
		for (Manifest.Term label : manifest.evidenceLabels()) {
			Long id = state.evidenceByLabel.get(LibraryState.label(label.name()));
			if (section.decide(label.name(), label.slug(), id, this.evidenceIds, state.evidenceLabelBySlug)) {
				this.newEvidence.add(label);
			}
		}
		section.add(this);
	}

	private void contacts(Manifest manifest, LibraryState state) {
		Section section = new Section("contact-cards");
		for (Manifest.Contact card : manifest.contactCards()) {
			String name = contactName(card.personName(), card.organisation());
			Long id = (card.email() != null && !card.email().isBlank())
					? state.contactsByEmail.get(LibraryState.email(card.email()))
					: state.contactsByName.get(LibraryState.nameKey(card.personName(), card.organisation()));
			if (section.decide(name, card.slug(), id, this.contactIds, state.contactNameBySlug)) {
				this.newContacts.add(card);
			}
		}
		section.add(this);
	}

	private void users(Manifest manifest, LibraryState state) {
		Section section = new Section("users");
		for (Manifest.User user : manifest.users()) {
			if (state.userEmails.contains(LibraryState.email(user.email()))) {
				section.skipped.add(user.email());
			}
			else {
				this.newUsers.add(user);
				section.created.add(user.email());
			}
		}
		section.add(this);
	}

	private void resources(Manifest manifest, LibraryState state) {
		Section section = new Section("resources");
		Section files = new Section("files");
		Set<String> skippedFiles = new HashSet<>();
		for (Manifest.Resource resource : manifest.resources()) {
			Long id = state.resources.get(resource.slug());
			if (id != null) {
				this.resourceIds.put(resource.slug(), id);
				section.skipped.add(resource.title());
				resource.attachments()
					.stream()
					.filter((attachment) -> skippedFiles.add(attachment.sha256()))
					.forEach((attachment) -> files.skipped.add(attachment.fileName()));
				continue;
			}
			if (state.previousSlugs.contains(resource.slug())) {
				section.refuse(resource.title(), Problem.of("exchange.refused.old-address", resource.slug()));
				continue;
			}
			String takenPrevious = resource.previousSlugs()
				.stream()
				.map(Manifest.PreviousSlug::slug)
				.filter((slug) -> state.previousSlugs.contains(slug) || state.resources.containsKey(slug))
				.findFirst()
				.orElse(null);
			if (takenPrevious != null) {
				section.refuse(resource.title(), Problem.of("exchange.refused.previous-slug-taken", takenPrevious));
				continue;
			}
			this.newResources.add(resource);
			section.created.add(resource.title());
			for (Manifest.Attachment attachment : resource.attachments()) {
				if (state.files.contains(attachment.sha256())) {
					if (skippedFiles.add(attachment.sha256())) {
						files.skipped.add(attachment.fileName());
					}
				}
				else if (this.newFiles.putIfAbsent(attachment.sha256(), attachment) == null) {
					files.created.add(attachment.fileName());
				}
			}
		}
		section.add(this);
		files.add(this);
	}

	/** How a contact card is named in the report: the person, then the organisation. */
	static String contactName(String personName, String organisation) {
		return (personName != null && !personName.isBlank()) ? personName + ", " + organisation : organisation;
	}

	private static final class Section {

		final String kind;

		final List<String> created = new ArrayList<>();

		final List<String> skipped = new ArrayList<>();

		final List<ExchangeReport.Refusal> refused = new ArrayList<>();

		Section(String kind) {
			this.kind = kind;
		}

		/**
		 * An item matched by its key, or else refused when another item has its slug, or
		 * else to create.
		 * @param name how the report names it
		 * @param slug its slug in the manifest
		 * @param match the id of the item its key matched, or null
		 * @param ids where a match is recorded
		 * @param nameBySlug the library's items of this kind, their names by slug
		 * @return whether to create it
		 */
		boolean decide(String name, String slug, Long match, Map<String, Long> ids, Map<String, String> nameBySlug) {
			if (match != null) {
				ids.put(slug, match);
				this.skipped.add(name);
				return false;
			}
			if (nameBySlug.containsKey(slug)) {
				refuse(name, Problem.of("exchange.refused.slug-taken", slug, nameBySlug.get(slug)));
				return false;
			}
			this.created.add(name);
			return true;
		}

		void refuse(String item, Problem reason) {
			this.refused.add(new ExchangeReport.Refusal(item, reason));
		}

		void add(ImportPlan plan) {
			plan.sections.add(new ExchangeReport.Section(this.kind, List.copyOf(this.created),
					List.copyOf(this.skipped), List.copyOf(this.refused)));
		}

	}

}
