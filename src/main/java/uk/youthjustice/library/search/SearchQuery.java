package uk.youthjustice.library.search;

import java.util.Set;

/**
 * What a visitor asked the search page for, after dropping what makes no sense: unknown
 * filter values are ignored, the words are cut to {@link PeopleQuery#LONGEST} characters,
 * and a page number out of range is clamped later.
 *
 * @param words the words as typed, trimmed and cut; empty for none
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

	public boolean isFiltered() {
		return !this.categories.isEmpty() || !this.kinds.isEmpty() || !this.topics.isEmpty() || this.age != null
				|| !this.costs.isEmpty() || !this.evidence.isEmpty() || !this.publishers.isEmpty()
				|| !this.years.isEmpty() || this.documentsOnly;
	}

}
