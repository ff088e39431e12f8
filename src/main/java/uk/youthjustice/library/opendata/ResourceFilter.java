package uk.youthjustice.library.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import uk.youthjustice.library.catalogue.CostFilter;
import uk.youthjustice.library.catalogue.ListingQuery;
import uk.youthjustice.library.catalogue.ListingSort;
import uk.youthjustice.library.catalogue.ResourceKind;

/**
 * A checked {@code /api/v1/resources} query: the category pages’ {@link ListingQuery}, an
 * optional category and a page size. Unlike the pages, which drop what they cannot use,
 * the API refuses it, so that a program never mistakes an ignored filter for an empty
 * result.
 *
 * @param category a category slug, or {@code null} for the whole library
 * @param query the filters, order and page
 * @param size how many resources a page holds
 */
record ResourceFilter(String category, ListingQuery query, int size) {

	static final int DEFAULT_SIZE = 20;

	static final int MAXIMUM_SIZE = 100;

	/** Page numbers past this are refused: no library will have that many pages. */
	static final int MAXIMUM_PAGE = 1_000_000;

	/** Longer values cannot be a number we accept and are not parsed. */
	private static final int LONGEST_NUMBER = 9;

	/**
	 * Checks what was sent against the known values.
	 * @param parameters the query string as sent
	 * @param known the slugs of the categories, topics and evidence labels
	 * @return the filter
	 * @throws InvalidParametersException naming every parameter that cannot be used
	 */
	static ResourceFilter of(ResourceListParameters parameters, KnownTerms known) {
		List<InvalidParametersException.InvalidParameter> errors = new ArrayList<>();
		String category = blankToNull(parameters.category());
		if (category != null && !known.categories().contains(category)) {
			errors.add(invalid("category", "Use a category slug from /api/v1/categories."));
		}
		Set<ResourceKind> kinds = new LinkedHashSet<>();
		for (String value : parameters.type()) {
			Optional<ResourceKind> kind = Arrays.stream(ResourceKind.values())
				.filter((candidate) -> ListingQuery.kindParameter(candidate).equals(value))
				.findFirst();
			kind.ifPresentOrElse(kinds::add, () -> errors.add(invalid("type", "Use practice-example or guidance.")));
		}
		Set<String> topics = slugs(parameters.topic(), known.topics(), "topic", "Use topic slugs from /api/v1/topics.",
				errors);
		Set<String> evidence = slugs(parameters.evidence(), known.evidence(), "evidence",
				"Use evidence label slugs from /api/v1/evidence.", errors);
		Integer age = number(parameters.age(), ListingQuery.MINIMUM_AGE, ListingQuery.MAXIMUM_AGE, null, "age",
				"Use a whole number from " + ListingQuery.MINIMUM_AGE + " to " + ListingQuery.MAXIMUM_AGE + ".",
				errors);
		CostFilter cost = null;
		if (blankToNull(parameters.cost()) != null) {
			cost = CostFilter.fromParameter(parameters.cost()).orElse(null);
			if (cost == null) {
				errors.add(invalid("cost", "Use free or has-cost."));
			}
		}
		ListingSort sort = ListingSort.NEWEST;
		if (blankToNull(parameters.sort()) != null) {
			sort = Arrays.stream(ListingSort.values())
				.filter((candidate) -> candidate.parameter().equals(parameters.sort()))
				.findFirst()
				.orElse(null);
			if (sort == null) {
				errors.add(invalid("sort", "Use newest, oldest or title."));
			}
		}
		Integer page = number(parameters.page(), 1, MAXIMUM_PAGE, 1, "page",
				"Use a whole number from 1 to " + MAXIMUM_PAGE + ".", errors);
		Integer size = number(parameters.size(), 1, MAXIMUM_SIZE, DEFAULT_SIZE, "size",
				"Use a whole number from 1 to " + MAXIMUM_SIZE + ".", errors);
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		return new ResourceFilter(category, new ListingQuery(kinds, topics, age, cost, evidence, sort, page, false),
				size);
	}

	/** The address of this query on another page, absolute from {@code path}. */
	String href(String path, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(path + this.query.onPage(page).toQueryString());
		if (this.category != null) {
			uri.queryParam("category", this.category);
		}
		if (this.size != DEFAULT_SIZE) {
			uri.queryParam("size", this.size);
		}
		return uri.build().toUriString();
	}

	private static Set<String> slugs(List<String> values, Set<String> known, String parameter, String hint,
			List<InvalidParametersException.InvalidParameter> errors) {
		Set<String> unknown = values.stream().filter((value) -> !known.contains(value)).collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			errors.add(invalid(parameter, hint));
		}
		return values.stream().filter(known::contains).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Integer number(String value, int minimum, int maximum, Integer absent, String parameter, String hint,
			List<InvalidParametersException.InvalidParameter> errors) {
		if (blankToNull(value) == null) {
			return absent;
		}
		String text = value.strip();
		if (text.length() <= LONGEST_NUMBER && text.matches("-?[0-9]+")) {
			int number = Integer.parseInt(text);
			if (number >= minimum && number <= maximum) {
				return number;
			}
		}
		errors.add(invalid(parameter, hint));
		return absent;
	}

	private static InvalidParametersException.InvalidParameter invalid(String parameter, String detail) {
		return new InvalidParametersException.InvalidParameter(parameter, detail);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * The slugs a query may name.
	 *
	 * @param categories category slugs
	 * @param topics topic slugs
	 * @param evidence evidence label slugs
	 */
	record KnownTerms(Set<String> categories, Set<String> topics, Set<String> evidence) {

		static final KnownTerms NONE = new KnownTerms(Set.of(), Set.of(), Set.of());

	}

}
