package uk.youthjustice.library.opendata;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query string of {@code /api/v1/resources} exactly as sent. Everything is text, so
 * binding never fails; {@link ResourceFilter#of} checks it. The names are the category
 * pages’ own, plus {@code category} and {@code size}.
 *
 * @param category a category slug
 * @param type resource kinds
 * @param topic topic slugs
 * @param age an age the resources must suit
 * @param cost free or has a cost
 * @param evidence evidence label slugs
 * @param sort the order
 * @param page the page number
 * @param size how many resources a page holds
 */
record ResourceListParameters(@Parameter(
		description = "Only resources published in this category (a slug from /api/v1/categories).") String category,
		@Parameter(
				description = "Only these kinds: practice-example, guidance. Repeat for more than one.") List<String> type,
		@Parameter(
				description = "Only resources on any of these topics (slugs from /api/v1/topics). Repeat for more than one.") List<String> topic,
		@Parameter(description = "Only resources suitable for this age, a whole number from 0 to 30.") String age,
		@Parameter(description = "free or has-cost. Resources that do not state a cost match neither.") String cost,
		@Parameter(
				description = "Only resources with any of these evidence labels (slugs from /api/v1/evidence). Repeat for more than one.") List<String> evidence,
		@Parameter(description = "newest (the default), oldest or title.") String sort,
		@Parameter(description = "The page, from 1 (the default). A page after the last one is empty.") String page,
		@Parameter(description = "Resources a page, from 1 to 100; 20 by default.") String size) {

	ResourceListParameters {
		type = (type != null) ? type : List.of();
		topic = (topic != null) ? topic : List.of();
		evidence = (evidence != null) ? evidence : List.of();
	}

	boolean namesTerms() {
		return this.category != null || !this.topic.isEmpty() || !this.evidence.isEmpty();
	}

}
