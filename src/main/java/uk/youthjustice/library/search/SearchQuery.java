package uk.youthjustice.library.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import uk.youthjustice.library.catalogue.CostFilter;
import uk.youthjustice.library.catalogue.ListingQuery;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Terms;
import uk.youthjustice.library.catalogue.TaxonomyTerm;
import uk.youthjustice.library.system.Pagination;

/**
 * What a visitor asked the search page for, after dropping what makes no sense: unknown
 * filter values are ignored, the words are cleaned and cut ({@link PeopleQuery}), at most
 * {@link #MOST_VALUES} values a filter are kept, and a page number out of range is
 * clamped later.
 *
 * @param words the words as typed, cleaned and cut; empty for none
 * @param categories category slugs, any of which a resource must be in
 * @param kinds kind parameters ({@code practice-example}, {@code guidance})
 * @param topics topic slugs, any of which a resource must have
 * @param age an age the resource must suit, or {@code null}
 * @param costs cost parameters ({@code free}, {@code has-cost})
 * @param evidence evidence classification slugs
 * @param publishers publishers
 * @param years years of first publication
 * @param documentsOnly whether only resources with attached files are wanted
 * @param sort the order
 * @param page the page asked for, from 1
 */
public record SearchQuery(String words, Set<String> categories, Set<String> kinds, Set<String> topics, Integer age,
		Set<String> costs, Set<String> evidence, Set<String> publishers, Set<Integer> years, boolean documentsOnly,
		SearchSort sort, int page) {

	/** More values than this in one filter are not looked at. */
	public static final int MOST_VALUES = 20;

	private static final int LONGEST_PUBLISHER = 200;

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2200;

	public static SearchQuery from(SearchParameters parameters, Terms terms) {
		return new SearchQuery(PeopleQuery.clean(parameters.q()),
				known(parameters.category(), slugs(terms.categories())),
				known(parameters.type(),
						Arrays.stream(ResourceKind.values())
							.map(ListingQuery::kindParameter)
							.collect(Collectors.toSet())),
				known(parameters.topic(), slugs(terms.topics())), age(parameters.age()),
				known(parameters.cost(),
						Arrays.stream(CostFilter.values()).map(CostFilter::parameter).collect(Collectors.toSet())),
				known(parameters.evidence(), slugs(terms.evidence())),
				limit(parameters.publisher()
					.stream()
					.map(String::strip)
					.filter((p) -> !p.isEmpty() && p.length() <= LONGEST_PUBLISHER)),
				limit(parameters.year()
					.stream()
					.map(SearchQuery::number)
					.filter((y) -> y != null && y >= FIRST_YEAR && y <= LAST_YEAR)),
				"yes".equals(parameters.documents()),
				SearchSort.fromParameter(parameters.sort()).orElse(SearchSort.RELEVANCE),
				Pagination.pageAsked(parameters.page()));
	}

	public boolean isFiltered() {
		return !this.categories.isEmpty() || !this.kinds.isEmpty() || !this.topics.isEmpty() || this.age != null
				|| !this.costs.isEmpty() || !this.evidence.isEmpty() || !this.publishers.isEmpty()
				|| !this.years.isEmpty() || this.documentsOnly;
	}

	public SearchQuery onPage(int page) {
		return new SearchQuery(this.words, this.categories, this.kinds, this.topics, this.age, this.costs,
				this.evidence, this.publishers, this.years, this.documentsOnly, this.sort, page);
	}

	public SearchQuery withWords(String words) {
		return new SearchQuery(words, this.categories, this.kinds, this.topics, this.age, this.costs, this.evidence,
				this.publishers, this.years, this.documentsOnly, this.sort, 1);
	}

	/** The address of this search, without the defaults. */
	public String toHref() {
		return "/search" + queryString(null, null);
	}

	/** This search without one filter value, back on page 1. */
	public String toHrefWithout(String parameter, String value) {
		return "/search" + onPage(1).queryString(parameter, value);
	}

	/**
	 * The filters in force as a query string, for the analytics record; empty for none.
	 */
	public String filtersQueryString() {
		return new SearchQuery("", this.categories, this.kinds, this.topics, this.age, this.costs, this.evidence,
				this.publishers, this.years, this.documentsOnly, SearchSort.RELEVANCE, 1)
			.queryString(null, null)
			.replaceFirst("^\\?", "");
	}

	private String queryString(String without, String value) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (!this.words.isEmpty()) {
			query.queryParam("q", this.words);
		}
		add(query, "category", this.categories, without, value);
		add(query, "type", this.kinds, without, value);
		add(query, "topic", this.topics, without, value);
		if (this.age != null && !"age".equals(without)) {
			query.queryParam("age", this.age);
		}
		add(query, "cost", this.costs, without, value);
		add(query, "evidence", this.evidence, without, value);
		add(query, "publisher", this.publishers, without, value);
		add(query, "year", this.years.stream().map(String::valueOf).toList(), without, value);
		if (this.documentsOnly && !"documents".equals(without)) {
			query.queryParam("documents", "yes");
		}
		if (this.sort != SearchSort.RELEVANCE) {
			query.queryParam("sort", this.sort.parameter());
		}
		if (this.page > 1) {
			query.queryParam("page", this.page);
		}
		String encoded = query.encode().build().getQuery();
		return (encoded != null) ? "?" + encoded : "";
	}

	private static void add(UriComponentsBuilder query, String parameter, Collection<String> values, String without,
			String value) {
		values.stream()
			.filter((v) -> !(parameter.equals(without) && v.equals(value)))
			.forEach((v) -> query.queryParam(parameter, v));
	}

	private static Integer age(String value) {
		Integer age = number(value);
		return (age != null && age >= Resource.YOUNGEST_SEARCHED_AGE && age <= Resource.OLDEST_SEARCHED_AGE) ? age
				: null;
	}

	private static Integer number(String value) {
		if (value == null || value.isBlank() || value.strip().length() > 9) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Set<String> known(List<String> values, Set<String> known) {
		return limit(values.stream().filter(known::contains));
	}

	private static <T> Set<T> limit(java.util.stream.Stream<T> values) {
		return values.limit(MOST_VALUES).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<String> slugs(List<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getSlug).collect(Collectors.toSet());
	}

}
