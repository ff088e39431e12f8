package uk.youthjustice.library.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.catalogue.CostFilter;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ListingQuery;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.TaxonomyTerm;
import uk.youthjustice.library.catalogue.Terms;
import uk.youthjustice.library.search.SearchPage.Facet;
import uk.youthjustice.library.search.SearchPage.FacetOption;
import uk.youthjustice.library.search.index.AttachmentTextBinder;
import uk.youthjustice.library.system.ActiveFilter;

/**
 * The search page's filters: what each one filters on, and how many results each choice
 * would give. Ticks within one filter widen the search (any of them), ticks in different
 * filters narrow it; so a filter with ticks is counted without its own ticks, in a query
 * of its own, while the others are counted with the results.
 */
@Component
class Facets {

	/** The most publishers the publisher filter offers, the commonest first. */
	static final int MOST_PUBLISHERS = 15;

	private final EntityManager entityManager;

	Facets(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A predicate built with a search's own factory. */
	interface PredicateFor extends Function<SearchPredicateFactory, SearchPredicate> {

	}

	/** The filters in force, one predicate a filter, leaving out {@code except}. */
	List<SearchPredicate> filters(SearchPredicateFactory f, SearchQuery query, Filter except) {
		return Arrays.stream(Filter.values())
			.filter((filter) -> filter != except && !filter.selected(query).isEmpty())
			.map((filter) -> f.terms().field(filter.field).matchingAny(filter.selected(query)).toPredicate())
			.toList();
	}

	/** Asks a search for the counts of the filters that have no ticks. */
	void addCounts(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> search, SearchScope<Resource> scope, SearchQuery query) {
		Arrays.stream(Filter.values())
			.filter((filter) -> filter.selected(query).isEmpty())
			.map(Filter::counter)
			.distinct()
			.forEach((counter) -> search.aggregation(counter.key, counter.aggregation(scope)));
	}

	/**
	 * Every filter's counts: from the search, or for ticked filters from a search without
	 * them.
	 */
	Map<Filter, Map<?, Long>> counts(SearchResult<?> result, SearchScope<Resource> scope, SearchQuery query,
			Function<Filter, PredicateFor> without) {
		Map<Filter, Map<?, Long>> counts = new EnumMap<>(Filter.class);
		for (Filter filter : Filter.values()) {
			if (filter.selected(query).isEmpty()) {
				counts.put(filter, filter.counted(result.aggregation(filter.counter().key)));
			}
			else {
				SearchPredicate predicate = without.apply(filter).apply(scope.predicate());
				Counter counter = filter.counter();
				counts.put(filter,
						filter.counted(Search.session(this.entityManager)
							.search(scope)
							.where(predicate)
							.aggregation(counter.key, counter.aggregation(scope))
							.fetch(0)
							.aggregation(counter.key)));
			}
		}
		return counts;
	}

	/** The filter form: each filter with the choices that would find something. */
	List<Facet> describe(SearchQuery query, Map<Filter, Map<?, Long>> counts, Terms terms) {
		List<Facet> facets = new ArrayList<>();
		facets.add(terms(Filter.CATEGORY, terms.categories(), query.categories(), counts));
		facets.add(new Facet(Filter.KIND.parameter, Filter.KIND.labelKey,
				Arrays.stream(ResourceKind.values())
					.map((kind) -> option(ListingQuery.kindParameter(kind), null, "resource.kind." + kind.name(),
							count(counts, Filter.KIND, kind), query.kinds().contains(ListingQuery.kindParameter(kind))))
					.filter(Facets::worthShowing)
					.toList()));
		facets.add(terms(Filter.TOPIC, terms.topics(), query.topics(), counts));
		facets.add(new Facet(Filter.AGE.parameter, Filter.AGE.labelKey,
				Stream.iterate(Resource.YOUNGEST_SEARCHED_AGE, (age) -> age + 1)
					.limit(Resource.OLDEST_SEARCHED_AGE - Resource.YOUNGEST_SEARCHED_AGE + 1L)
					.map((age) -> option(String.valueOf(age), String.valueOf(age), null, count(counts, Filter.AGE, age),
							age.equals(query.age())))
					.filter(Facets::worthShowing)
					.toList()));
		facets.add(new Facet(Filter.COST.parameter, Filter.COST.labelKey,
				Arrays.stream(CostFilter.values())
					.map((cost) -> option(cost.parameter(), null, "listing.cost." + cost.parameter(),
							count(counts, Filter.COST, cost.kind()), query.costs().contains(cost.parameter())))
					.filter(Facets::worthShowing)
					.toList()));
		facets.add(terms(Filter.EVIDENCE, terms.evidence(), query.evidence(), counts));
		facets.add(new Facet(Filter.PUBLISHER.parameter, Filter.PUBLISHER.labelKey,
				keys(counts, Filter.PUBLISHER, query.publishers(), String.class)
					.map((publisher) -> option(publisher, publisher, null, count(counts, Filter.PUBLISHER, publisher),
							query.publishers().contains(publisher)))
					.sorted(Comparator.comparing(FacetOption::count).reversed().thenComparing(FacetOption::value))
					.toList()));
		facets.add(new Facet(Filter.YEAR.parameter, Filter.YEAR.labelKey,
				keys(counts, Filter.YEAR, query.years(), Integer.class).sorted(Comparator.reverseOrder())
					.map((year) -> option(String.valueOf(year), String.valueOf(year), null,
							count(counts, Filter.YEAR, year), query.years().contains(year)))
					.toList()));
		facets.add(new Facet(Filter.DOCUMENTS.parameter, Filter.DOCUMENTS.labelKey,
				Stream
					.of(option("yes", null, "search.filter.documents.yes", count(counts, Filter.DOCUMENTS, true),
							query.documentsOnly()))
					.filter(Facets::worthShowing)
					.toList()));
		return facets.stream().filter((facet) -> !facet.options().isEmpty()).toList();
	}

	/** The filters in force, as tags that remove them. */
	List<ActiveFilter> active(SearchQuery query, Terms terms) {
		List<ActiveFilter> active = new ArrayList<>();
		named(terms.categories(), query.categories())
			.forEach((term) -> active.add(new ActiveFilter(Filter.CATEGORY.labelKey, term.getName(), null,
					query.toHrefWithout("category", term.getSlug()))));
		query.kinds()
			.forEach((kind) -> active.add(new ActiveFilter(Filter.KIND.labelKey, null,
					"resource.kind." + kindOf(kind).name(), query.toHrefWithout("type", kind))));
		named(terms.topics(), query.topics()).forEach((term) -> active.add(new ActiveFilter(Filter.TOPIC.labelKey,
				term.getName(), null, query.toHrefWithout("topic", term.getSlug()))));
		if (query.age() != null) {
			active.add(new ActiveFilter(Filter.AGE.labelKey, String.valueOf(query.age()), null,
					query.toHrefWithout("age", null)));
		}
		query.costs()
			.forEach((cost) -> active.add(new ActiveFilter(Filter.COST.labelKey, null, "listing.cost." + cost,
					query.toHrefWithout("cost", cost))));
		named(terms.evidence(), query.evidence())
			.forEach((term) -> active.add(new ActiveFilter(Filter.EVIDENCE.labelKey, term.getName(), null,
					query.toHrefWithout("evidence", term.getSlug()))));
		query.publishers()
			.forEach((publisher) -> active.add(new ActiveFilter(Filter.PUBLISHER.labelKey, publisher, null,
					query.toHrefWithout("publisher", publisher))));
		query.years()
			.forEach((year) -> active.add(new ActiveFilter(Filter.YEAR.labelKey, String.valueOf(year), null,
					query.toHrefWithout("year", String.valueOf(year)))));
		if (query.documentsOnly()) {
			active.add(new ActiveFilter(Filter.DOCUMENTS.labelKey, null, "search.filter.documents.yes",
					query.toHrefWithout("documents", null)));
		}
		return active;
	}

	private static Facet terms(Filter filter, List<? extends TaxonomyTerm> terms, Collection<String> selected,
			Map<Filter, Map<?, Long>> counts) {
		return new Facet(filter.parameter, filter.labelKey,
				terms.stream()
					.map((term) -> option(term.getSlug(), term.getName(), null, count(counts, filter, term.getSlug()),
							selected.contains(term.getSlug())))
					.filter(Facets::worthShowing)
					.toList());
	}

	private static FacetOption option(String value, String label, String labelKey, long count, boolean selected) {
		return new FacetOption(value, label, labelKey, count, selected);
	}

	/** A choice that would find nothing is left out, unless it is ticked. */
	private static boolean worthShowing(FacetOption option) {
		return option.count() > 0 || option.selected();
	}

	private static long count(Map<Filter, Map<?, Long>> counts, Filter filter, Object key) {
		Long count = counts.getOrDefault(filter, Map.of()).get(key);
		return (count != null) ? count : 0;
	}

	private static <T> Stream<T> keys(Map<Filter, Map<?, Long>> counts, Filter filter, Collection<T> selected,
			Class<T> type) {
		return Stream.concat(counts.getOrDefault(filter, Map.of()).keySet().stream().map(type::cast), selected.stream())
			.distinct();
	}

	private static <T extends TaxonomyTerm> List<T> named(List<T> terms, Collection<String> slugs) {
		return terms.stream().filter((term) -> slugs.contains(term.getSlug())).toList();
	}

	private static ResourceKind kindOf(String parameter) {
		return Arrays.stream(ResourceKind.values())
			.filter((kind) -> ListingQuery.kindParameter(kind).equals(parameter))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * An aggregation that counts the values of one or more filters. Most filters' values
	 * share one field ({@code Resource.getFacetValues()}), so that a search reads one
	 * field a match for them; the publisher, which can have thousands of values of which
	 * the page shows the commonest, and whether a resource has files have theirs.
	 */
	enum Counter {

		/**
		 * All of its values: far fewer than this, the taxonomy's, the ages' and years'.
		 */
		FACET_VALUES(Resource.FACET_VALUES, String.class, 10_000),

		PUBLISHER("publisher_facet", String.class, MOST_PUBLISHERS),

		/** Only {@code true}: a resource without documents has no value. */
		DOCUMENTS(AttachmentTextBinder.HAS_DOCUMENTS, Boolean.class, 1);

		private final String field;

		private final Class<?> type;

		private final int most;

		private final AggregationKey<Map<?, Long>> key;

		@SuppressWarnings({ "rawtypes", "unchecked" })
		Counter(String field, Class<?> type, int most) {
			this.field = field;
			this.type = type;
			this.most = most;
			this.key = (AggregationKey) AggregationKey.of(field);
		}

		@SuppressWarnings({ "rawtypes", "unchecked" })
		SearchAggregation<Map<?, Long>> aggregation(SearchScope<Resource> scope) {
			return (SearchAggregation) scope.aggregation()
				.terms()
				.field(this.field, this.type)
				.maxTermCount(this.most)
				.toAggregation();
		}

	}

	/** The filters, in the order the page shows them. */
	enum Filter {

		CATEGORY("category", "category.slug"),

		KIND("type", "kind") {

			@Override
			Object key(String value) {
				return ResourceKind.valueOf(value);
			}

		},

		TOPIC("topic", "topics.slug"),

		/**
		 * Counted by age band, one value a resource, then added up for each age the bands
		 * hold.
		 */
		AGE("age", "age") {

			@Override
			Map<?, Long> counted(Map<?, Long> counts) {
				Map<Integer, Long> byAge = new HashMap<>();
				super.counted(counts).forEach((band, count) -> {
					String[] ends = ((String) band).split("-");
					for (int age = Integer.parseInt(ends[0]); age <= Integer.parseInt(ends[1]); age++) {
						byAge.merge(age, count, Long::sum);
					}
				});
				return byAge;
			}

		},

		COST("cost", "costKind") {

			@Override
			Object key(String value) {
				return CostKind.valueOf(value);
			}

		},

		EVIDENCE("evidence", "evidence.slug"),

		PUBLISHER("publisher", "publisher_facet", Counter.PUBLISHER),

		YEAR("year", "year") {

			@Override
			Object key(String value) {
				return Integer.valueOf(value);
			}

		},

		DOCUMENTS("documents", AttachmentTextBinder.HAS_DOCUMENTS, Counter.DOCUMENTS);

		private final String parameter;

		private final String field;

		private final Counter counter;

		private final String labelKey;

		Filter(String parameter, String field) {
			this(parameter, field, Counter.FACET_VALUES);
		}

		Filter(String parameter, String field, Counter counter) {
			this.parameter = parameter;
			this.field = field;
			this.counter = counter;
			this.labelKey = "search.filter." + parameter;
		}

		Counter counter() {
			return this.counter;
		}

		/**
		 * The counts as the filter's options name them, from its counter's: of the shared
		 * field's values, those named for this filter.
		 */
		Map<?, Long> counted(Map<?, Long> counts) {
			if (this.counter != Counter.FACET_VALUES) {
				return counts;
			}
			String prefix = this.parameter + ":";
			Map<Object, Long> mine = new HashMap<>();
			counts.forEach((value, count) -> {
				if (((String) value).startsWith(prefix)) {
					mine.put(key(((String) value).substring(prefix.length())), count);
				}
			});
			return mine;
		}

		/**
		 * A value of the shared field, without its name, as the filter's options have it.
		 */
		Object key(String value) {
			return value;
		}

		/** The ticked values, as the index holds them. */
		Collection<?> selected(SearchQuery query) {
			return switch (this) {
				case CATEGORY -> query.categories();
				case KIND -> query.kinds().stream().map(Facets::kindOf).toList();
				case TOPIC -> query.topics();
				case AGE -> (query.age() != null) ? List.of(query.age()) : List.of();
				case COST ->
					query.costs().stream().map((cost) -> CostFilter.fromParameter(cost).orElseThrow().kind()).toList();
				case EVIDENCE -> query.evidence();
				case PUBLISHER -> query.publishers();
				case YEAR -> query.years();
				case DOCUMENTS -> query.documentsOnly() ? List.of(true) : List.of();
			};
		}

	}

}
