package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.HomePage.TopicSummary;

/** The catalogue's public surface: resources, categories, topics and evidence labels. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	static final int LATEST_ON_HOME_PAGE = 6;

	private final ResourceRepository resources;

	private final CategoryRepository categories;

	private final TopicRepository topics;

	private final EvidenceClassificationRepository evidence;

	private final Listings listings;

	private final Clock clock;

	private final KeptTerms kept;

	Catalogue(ResourceRepository resources, CategoryRepository categories, TopicRepository topics,
			EvidenceClassificationRepository evidence, Listings listings, Clock clock, KeptTerms kept) {
		this.kept = kept;
		this.listings = listings;
		this.resources = resources;
		this.categories = categories;
		this.topics = topics;
		this.evidence = evidence;
		this.clock = clock;
	}

	public HomePage homePage() {
		var now = this.clock.instant();
		return new HomePage(this.categories.summariesVisibleAt(now),
				this.topics.findAllByOrderByName()
					.stream()
					.map((topic) -> new TopicSummary(topic.getSlug(), topic.getName()))
					.toList(),
				this.listings.latest(LATEST_ON_HOME_PAGE));
	}

	/**
	 * Every category, topic and evidence label, in the order filters list them, as
	 * {@link #terms()} gives them but kept a few seconds (see {@link KeptTerms}): for
	 * pages that only read them, on every request. The entities are shared between
	 * requests, so nothing may change them or attach them to a resource.
	 */
	public Terms termsForFilters() {
		return this.kept.get(this::terms);
	}

	/** Every category, topic and evidence label, in the order filters list them. */
	public Terms terms() {
		return new Terms(this.categories.findAll(Sort.by("position", "name")), this.topics.findAllByOrderByName(),
				this.evidence.findAllByOrderByPositionAscNameAsc());
	}

	public boolean isEmpty() {
		return this.resources.count() == 0 && this.categories.count() == 0;
	}

	public long countResources() {
		return this.resources.count();
	}

	public Optional<Category> findCategory(String slug) {
		return this.categories.findBySlug(slug);
	}

	public Optional<Topic> findTopic(String slug) {
		return this.topics.findBySlug(slug);
	}

	public Optional<EvidenceClassification> findEvidenceClassification(String slug) {
		return this.evidence.findBySlug(slug);
	}

	public Optional<Resource> findResource(String slug) {
		return this.resources.findBySlug(slug);
	}

	/**
	 * The titles of the resources with these addresses, whatever their status, in one
	 * query; an address no resource has now is left out.
	 */
	public Map<String, String> titles(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		return this.resources.findTitlesBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(ResourceRepository.SlugTitle::slug, ResourceRepository.SlugTitle::title));
	}

	@Transactional
	public Category save(Category category) {
		return this.categories.save(category);
	}

	@Transactional
	public Topic save(Topic topic) {
		return this.topics.save(topic);
	}

	@Transactional
	public EvidenceClassification save(EvidenceClassification classification) {
		return this.evidence.save(classification);
	}

	@Transactional
	public Resource save(Resource resource) {
		return this.resources.save(resource);
	}

}
