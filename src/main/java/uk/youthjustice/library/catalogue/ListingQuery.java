package uk.youthjustice.library.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import uk.youthjustice.library.system.Pagination;

/**
 * What a visitor asked a listing for, after dropping what makes no sense: unknown topics,
 * kinds or evidence labels are ignored, a page number out of range is clamped later, and
 * an age that is not a whole number in range is ignored with a message.
 *
 * @param kinds resource kinds to show; empty for all
 * @param topics topic slugs, any of which a resource must have; empty for all
 * @param age an age the resource must suit, or {@code null}
 * @param cost free or has cost, or {@code null} for any
 * @param evidence evidence classification slugs; empty for all
 * @param sort the order
 * @param page the page asked for, from 1
 * @param ageRejected whether an age was given that could not be used
 */
public record ListingQuery(Set<ResourceKind> kinds, Set<String> topics, Integer age, CostFilter cost,
		Set<String> evidence, ListingSort sort, int page, boolean ageRejected) {

	/** The youngest and oldest ages the age filter accepts. */
	public static final int MINIMUM_AGE = 0;

	public static final int MAXIMUM_AGE = 30;

	/** Longer values cannot be an age and are not looked at. */
	private static final int LONGEST_NUMBER = 9;

	private static final Map<String, ResourceKind> KINDS = Map.of("practice-example", ResourceKind.PRACTICE_EXAMPLE,
			"guidance", ResourceKind.GUIDANCE_DOCUMENT);

	public static ListingQuery from(ListingParameters parameters, Set<String> knownTopics, Set<String> knownEvidence) {
		Integer age = wholeNumber(parameters.age());
		boolean ageGiven = parameters.age() != null && !parameters.age().isBlank();
		boolean ageUsable = age != null && age >= MINIMUM_AGE && age <= MAXIMUM_AGE;
		return new ListingQuery(
				parameters.type()
					.stream()
					.map(KINDS::get)
					.filter((kind) -> kind != null)
					.collect(Collectors.toCollection(LinkedHashSet::new)),
				known(parameters.topic(), knownTopics), ageUsable ? age : null,
				CostFilter.fromParameter(parameters.cost()).orElse(null), known(parameters.evidence(), knownEvidence),
				ListingSort.fromParameter(parameters.sort()).orElse(ListingSort.NEWEST),
				Pagination.pageAsked(parameters.page()), ageGiven && !ageUsable);
	}

	public static ListingQuery everything() {
		return new ListingQuery(Set.of(), Set.of(), null, null, Set.of(), ListingSort.NEWEST, 1, false);
	}

	public static String kindParameter(ResourceKind kind) {
		return KINDS.entrySet().stream().filter((e) -> e.getValue() == kind).findFirst().orElseThrow().getKey();
	}

	public boolean isFiltered() {
		return !this.kinds.isEmpty() || !this.topics.isEmpty() || this.age != null || this.cost != null
				|| !this.evidence.isEmpty();
	}

	public ListingQuery onPage(int page) {
		return new ListingQuery(this.kinds, this.topics, this.age, this.cost, this.evidence, this.sort, page,
				this.ageRejected);
	}

	/** The query string that asks for this listing again, without the defaults. */
	public String toQueryString() {
		return queryString(this.kinds, this.topics, this.age, this.cost, this.evidence, this.page);
	}

	/** This listing's query string with one filter value taken away, back on page 1. */
	public String toQueryStringWithout(String parameter, String value) {
		return queryString("type".equals(parameter) ? without(this.kinds, KINDS.get(value)) : this.kinds,
				"topic".equals(parameter) ? without(this.topics, value) : this.topics,
				"age".equals(parameter) ? null : this.age, "cost".equals(parameter) ? null : this.cost,
				"evidence".equals(parameter) ? without(this.evidence, value) : this.evidence, 1);
	}

	private String queryString(Set<ResourceKind> kinds, Set<String> topics, Integer age, CostFilter cost,
			Set<String> evidence, int page) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		kinds.forEach((kind) -> query.queryParam("type", kindParameter(kind)));
		topics.forEach((topic) -> query.queryParam("topic", topic));
		if (age != null) {
			query.queryParam("age", age);
		}
		if (cost != null) {
			query.queryParam("cost", cost.parameter());
		}
		evidence.forEach((slug) -> query.queryParam("evidence", slug));
		if (this.sort != ListingSort.NEWEST) {
			query.queryParam("sort", this.sort.parameter());
		}
		if (page > 1) {
			query.queryParam("page", page);
		}
		String encoded = query.encode().build().getQuery();
		return (encoded != null) ? "?" + encoded : "";
	}

	private static <T> Set<T> without(Set<T> values, T value) {
		return values.stream().filter((v) -> !v.equals(value)).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<String> known(List<String> values, Set<String> known) {
		return values.stream().filter(known::contains).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Integer wholeNumber(String value) {
		if (value == null || value.isBlank() || value.strip().length() > LONGEST_NUMBER) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
