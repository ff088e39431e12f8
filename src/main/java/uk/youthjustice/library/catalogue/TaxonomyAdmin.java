package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.system.Slugs;

/**
 * Keeping the categories, topics and evidence labels: listing them with how much they are
 * used, adding, changing, and deleting those nothing uses.
 */
@Service
@Transactional(readOnly = true)
class TaxonomyAdmin {

	/** How many of the resources using a term the delete page names. */
	static final int USES_LISTED = 10;

	/**
	 * Longest slug made from a name before a "-2" suffix: leaves room for the suffix in
	 * the 120-character column.
	 */
	static final int SLUG_BASE_MAX = Slugs.MAXIMUM_LENGTH - 10;

	private final CategoryRepository categories;

	private final TopicRepository topics;

	private final EvidenceClassificationRepository evidence;

	private final TaxonomyAdminRepository admin;

	TaxonomyAdmin(CategoryRepository categories, TopicRepository topics, EvidenceClassificationRepository evidence,
			TaxonomyAdminRepository admin) {
		this.categories = categories;
		this.topics = topics;
		this.evidence = evidence;
		this.admin = admin;
	}

	/** Every term of the vocabulary in its order, with how many resources use each. */
	List<TermRow> list(Vocabulary vocabulary) {
		return switch (vocabulary) {
			case CATEGORIES -> this.admin.categoryRows();
			case TOPICS -> this.admin.topicRows();
			case EVIDENCE -> this.admin.evidenceRows();
		};
	}

	Optional<TermDetails> find(Vocabulary vocabulary, Long id) {
		return repository(vocabulary).findById(id).map(TermDetails::of);
	}

	/**
	 * An empty form; an ordered vocabulary's new term goes last unless the editor says
	 * otherwise.
	 */
	TermForm newForm(Vocabulary vocabulary) {
		return TermForm.empty(vocabulary.isOrdered() ? nextPosition(vocabulary) : null);
	}

	/**
	 * Whether another term of the vocabulary already has the name, ignoring case: two
	 * categories both called "Custody" could not be told apart in a filter or a form.
	 * @param exceptId the term being edited, or {@code null} for a new one
	 */
	boolean isNameTaken(Vocabulary vocabulary, String name, Long exceptId) {
		TaxonomyTermRepository<?> repository = repository(vocabulary);
		return (exceptId != null) ? repository.existsByNameIgnoreCaseAndIdNot(name, exceptId)
				: repository.existsByNameIgnoreCase(name);
	}

	/**
	 * Adds a term, its slug made from its name and never used before in the vocabulary.
	 */
	@Transactional
	TermDetails create(Vocabulary vocabulary, TermForm form) {
		String base = Slugs.of(form.name());
		if (base.length() > SLUG_BASE_MAX) {
			base = base.substring(0, SLUG_BASE_MAX).replaceAll("-[^-]*$", "");
		}
		TaxonomyTermRepository<?> repository = repository(vocabulary);
		String slug = Slugs.unique(base, repository::existsBySlug);
		int position = (form.positionNumber() != null) ? form.positionNumber() : nextPosition(vocabulary);
		TaxonomyTerm saved = switch (vocabulary) {
			case CATEGORIES ->
				this.categories.save(new Category(slug, form.name(), form.descriptionOrNull(), position));
			case TOPICS -> this.topics.save(new Topic(slug, form.name(), form.descriptionOrNull()));
			case EVIDENCE ->
				this.evidence.save(new EvidenceClassification(slug, form.name(), form.descriptionOrNull(), position));
		};
		return TermDetails.of(saved);
	}

	/** Changes a term's name, description and position; never its slug. */
	@Transactional
	Optional<TermDetails> update(Vocabulary vocabulary, Long id, TermForm form) {
		return repository(vocabulary).findById(id).map((term) -> {
			term.rename(form.name());
			term.describe(form.descriptionOrNull());
			Integer position = form.positionNumber();
			if (position != null && term instanceof Category category) {
				category.moveTo(position);
			}
			else if (position != null && term instanceof EvidenceClassification classification) {
				classification.moveTo(position);
			}
			return TermDetails.of(term);
		});
	}

	/** The resources that use a term, of any status: the first few and how many. */
	TermUsage usage(Vocabulary vocabulary, Long id) {
		Limit limit = Limit.of(USES_LISTED);
		return switch (vocabulary) {
			case CATEGORIES -> new TermUsage(this.admin.countInCategory(id), this.admin.resourcesInCategory(id, limit));
			case TOPICS -> new TermUsage(this.admin.countWithTopic(id), this.admin.resourcesWithTopic(id, limit));
			case EVIDENCE ->
				new TermUsage(this.admin.countWithEvidence(id), this.admin.resourcesWithEvidence(id, limit));
		};
	}

	/**
	 * Deletes the term if no resource uses it. A resource filed under it between this
	 * check and the commit makes the database refuse the delete (its foreign keys), so
	 * the caller gets a {@code DataIntegrityViolationException} rather than a broken
	 * resource.
	 * @return what uses the term: when {@link TermUsage#inUse()}, nothing was deleted
	 */
	@Transactional
	TermUsage deleteIfUnused(Vocabulary vocabulary, Long id) {
		TermUsage usage = usage(vocabulary, id);
		if (!usage.inUse()) {
			TaxonomyTermRepository<?> repository = repository(vocabulary);
			repository.deleteById(id);
			repository.flush();
		}
		return usage;
	}

	private int nextPosition(Vocabulary vocabulary) {
		int last = switch (vocabulary) {
			case CATEGORIES -> this.admin.lastCategoryPosition();
			case EVIDENCE -> this.admin.lastEvidencePosition();
			case TOPICS -> 0;
		};
		return Math.min(last + 1, TermForm.POSITION_MAX);
	}

	private TaxonomyTermRepository<? extends TaxonomyTerm> repository(Vocabulary vocabulary) {
		return switch (vocabulary) {
			case CATEGORIES -> this.categories;
			case TOPICS -> this.topics;
			case EVIDENCE -> this.evidence;
		};
	}

}
