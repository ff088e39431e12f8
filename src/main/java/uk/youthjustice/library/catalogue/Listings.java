package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.ListingPage.ListedBy;
import uk.youthjustice.library.catalogue.ResourceListings.ListingScope;
import uk.youthjustice.library.system.ActiveFilter;
import uk.youthjustice.library.system.FilterOption;
import uk.youthjustice.library.system.Pagination;

/** Category and topic listings: filtered, sorted, paginated, public resources only. */
@Service
@Transactional(readOnly = true)
class Listings {

	static final int PAGE_SIZE = 20;

	private final ResourceListings listings;

	private final CategoryRepository categories;

	private final TopicRepository topics;

	private final EvidenceClassificationRepository evidence;

	private final Clock clock;

	Listings(ResourceListings listings, CategoryRepository categories, TopicRepository topics,
			EvidenceClassificationRepository evidence, Clock clock) {
		this.listings = listings;
		this.categories = categories;
		this.topics = topics;
		this.evidence = evidence;
		this.clock = clock;
	}

	Optional<ListingPage> category(String slug, ListingParameters parameters) {
		return this.categories.findBySlug(slug)
			.map((category) -> page(ListedBy.CATEGORY, category, ListingScope.category(slug), parameters));
	}

	Optional<ListingPage> topic(String slug, ListingParameters parameters) {
		return this.topics.findBySlug(slug)
			.map((topic) -> page(ListedBy.TOPIC, topic, ListingScope.topic(slug), parameters));
	}

	List<ResourceSummary> latest(int count) {
		return this.listings.rows(ListingScope.LIBRARY, ListingQuery.everything(), this.clock.instant(), 0, count);
	}

	private ListingPage page(ListedBy kind, TaxonomyTerm term, ListingScope scope, ListingParameters parameters) {
		List<Topic> allTopics = this.topics.findAllByOrderByName();
		List<EvidenceClassification> allEvidence = this.evidence.findAllByOrderByPositionAscNameAsc();
		ListingQuery asked = ListingQuery.from(parameters, slugs(allTopics), slugs(allEvidence));
		Instant now = this.clock.instant();
		long total = this.listings.count(scope, asked, now);
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		ListingQuery query = asked.onPage(Math.min(asked.page(), totalPages));
		List<ResourceSummary> rows = (total > 0)
				? this.listings.rows(scope, query, now, (query.page() - 1) * PAGE_SIZE, PAGE_SIZE) : List.of();
		String path = kind.path(term.getSlug());
		return new ListingPage(kind, term.getSlug(), term.getName(), term.getDescription(), query, total, rows,
				Pagination.of(query.page(), totalPages, (number) -> path + query.onPage(number).toQueryString()),
				kindOptions(query), options(allTopics, query.topics()), options(allEvidence, query.evidence()),
				activeFilters(path, query, allTopics, allEvidence));
	}

	private static List<FilterOption> kindOptions(ListingQuery query) {
		return Arrays.stream(ResourceKind.values())
			.map((kind) -> new FilterOption(ListingQuery.kindParameter(kind), null, "resource.kind." + kind.name(),
					query.kinds().contains(kind)))
			.toList();
	}

	private static List<FilterOption> options(List<? extends TaxonomyTerm> terms, Set<String> selected) {
		return terms.stream()
			.map((term) -> new FilterOption(term.getSlug(), term.getName(), null, selected.contains(term.getSlug())))
			.toList();
	}

	private static List<ActiveFilter> activeFilters(String path, ListingQuery query, List<Topic> topics,
			List<EvidenceClassification> evidence) {
		List<ActiveFilter> active = new ArrayList<>();
		query.kinds()
			.forEach((kind) -> active.add(new ActiveFilter("listing.filter.type", null, "resource.kind." + kind.name(),
					path + query.toQueryStringWithout("type", ListingQuery.kindParameter(kind)))));
		named(topics, query.topics()).forEach((topic) -> active.add(new ActiveFilter("listing.filter.topic",
				topic.getName(), null, path + query.toQueryStringWithout("topic", topic.getSlug()))));
		if (query.age() != null) {
			active.add(new ActiveFilter("listing.filter.age", String.valueOf(query.age()), null,
					path + query.toQueryStringWithout("age", null)));
		}
		if (query.cost() != null) {
			active.add(new ActiveFilter("listing.filter.cost", null, "listing.cost." + query.cost().parameter(),
					path + query.toQueryStringWithout("cost", null)));
		}
		named(evidence, query.evidence()).forEach((label) -> active.add(new ActiveFilter("listing.filter.evidence",
				label.getName(), null, path + query.toQueryStringWithout("evidence", label.getSlug()))));
		return active;
	}

	private static <T extends TaxonomyTerm> List<T> named(List<T> terms, Set<String> slugs) {
		return terms.stream().filter((term) -> slugs.contains(term.getSlug())).toList();
	}

	private static Set<String> slugs(List<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getSlug).collect(Collectors.toSet());
	}

}
