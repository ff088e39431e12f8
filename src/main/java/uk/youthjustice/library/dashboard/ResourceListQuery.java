package uk.youthjustice.library.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.system.Pagination;

/**
 * What an editor asked the resource list for, after dropping what makes no sense: unknown
 * statuses, kinds, categories and sorts are ignored, search text is cut to
 * {@link #LONGEST_TEXT} characters, and the page is at least 1 (clamped to the last page
 * once the total is known).
 *
 * @param text words to find in titles and summaries, or {@code null}
 * @param statuses statuses to show; empty for all
 * @param kinds kinds to show; empty for all
 * @param category a known category's slug, or {@code null} for all
 * @param mine whether to show only what the signed-in editor created or changed
 * @param sort the order
 * @param page the page asked for, from 1
 */
record ResourceListQuery(String text, Set<ResourceStatus> statuses, Set<ResourceKind> kinds, String category,
		boolean mine, ResourceListSort sort, int page) {

	/** No title or summary search needs more; longer text is cut, not refused. */
	static final int LONGEST_TEXT = 100;

	static final String MINE = "yes";

	private static final Map<String, ResourceKind> KINDS = Map.of("practice-example", ResourceKind.PRACTICE_EXAMPLE,
			"guidance", ResourceKind.GUIDANCE_DOCUMENT);

	static ResourceListQuery from(ResourceListParameters parameters, Set<String> knownCategories) {
		return new ResourceListQuery(text(parameters.q()), known(parameters.status(), ResourceListQuery::status),
				known(parameters.kind(), KINDS::get),
				(parameters.category() != null && knownCategories.contains(parameters.category()))
						? parameters.category() : null,
				MINE.equals(parameters.mine()),
				ResourceListSort.fromParameter(parameters.sort()).orElse(ResourceListSort.CHANGED),
				Pagination.pageAsked(parameters.page()));
	}

	static String statusParameter(ResourceStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	static String kindParameter(ResourceKind kind) {
		return KINDS.entrySet().stream().filter((e) -> e.getValue() == kind).findFirst().orElseThrow().getKey();
	}

	public boolean isFiltered() {
		return this.text != null || !this.statuses.isEmpty() || !this.kinds.isEmpty() || this.category != null
				|| this.mine;
	}

	ResourceListQuery onPage(int number) {
		return new ResourceListQuery(this.text, this.statuses, this.kinds, this.category, this.mine, this.sort, number);
	}

	/** The query string that asks for this list again, without the defaults. */
	String toQueryString() {
		return queryString(this.text, this.statuses, this.kinds, this.category, this.mine, this.page);
	}

	/** This list's query string with one filter value taken away, back on page 1. */
	String toQueryStringWithout(String parameter, String value) {
		return queryString("q".equals(parameter) ? null : this.text,
				"status".equals(parameter) ? without(this.statuses, status(value)) : this.statuses,
				"kind".equals(parameter) ? without(this.kinds, KINDS.get(value)) : this.kinds,
				"category".equals(parameter) ? null : this.category, !"mine".equals(parameter) && this.mine, 1);
	}

	private String queryString(String text, Set<ResourceStatus> statuses, Set<ResourceKind> kinds, String category,
			boolean mine, int page) {
		List<String> pairs = new ArrayList<>();
		if (text != null) {
			pairs.add(pair("q", text));
		}
		statuses.forEach((status) -> pairs.add(pair("status", statusParameter(status))));
		kinds.forEach((kind) -> pairs.add(pair("kind", kindParameter(kind))));
		if (category != null) {
			pairs.add(pair("category", category));
		}
		if (mine) {
			pairs.add(pair("mine", MINE));
		}
		if (this.sort != ResourceListSort.CHANGED) {
			pairs.add(pair("sort", this.sort.parameter()));
		}
		if (page > 1) {
			pairs.add(pair("page", String.valueOf(page)));
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	// Form encoding, as the browser sends the filter form: a "+" searched for must
	// come back as "%2B", not as a space.
	private static String pair(String name, String value) {
		return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) <= LONGEST_TEXT) {
			return stripped;
		}
		return stripped.substring(0, stripped.offsetByCodePoints(0, LONGEST_TEXT)).strip();
	}

	private static ResourceStatus status(String value) {
		for (ResourceStatus status : ResourceStatus.values()) {
			if (statusParameter(status).equals(value)) {
				return status;
			}
		}
		return null;
	}

	private static <T> Set<T> known(List<String> values, Function<String, T> lookUp) {
		return values.stream()
			.filter((value) -> value != null)
			.map(lookUp)
			.filter((value) -> value != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static <T> Set<T> without(Collection<T> values, T value) {
		return values.stream().filter((v) -> !v.equals(value)).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
