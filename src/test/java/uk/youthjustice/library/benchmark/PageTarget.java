package uk.youthjustice.library.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;

/**
 * One URL the page-serving benchmark drives, with a check that its page shows what the
 * benchmark claims to measure, and the targets where it has them.
 *
 * @param name short name, as given in {@code -Dbenchmark.targets}
 * @param label name in the report
 * @param path request path and query
 * @param check what the page's text must satisfy before it is measured
 * @param checkDescription the check in words, for the failure message
 * @param minShareOfBaselineRate target: at least this share of the static file's rate
 * @param maxP99Millis target: p99 latency under this
 */
record PageTarget(String name, String label, String path, Predicate<String> check, String checkDescription,
		Double minShareOfBaselineRate, Double maxP99Millis) {

	static final String BASELINE = "static";

	/** Resources a listing page shows (issue 02). */
	static final int PAGE_SIZE = 20;

	/** A link to one of the synthetic resources: slugs ending in -s and five digits. */
	private static final Pattern SYNTHETIC_LINK = Pattern
		.compile("/resources/[a-z0-9-]+" + SyntheticCorpus.SLUG_MARK + "\\d{5}\"");

	/**
	 * Every target, the baseline first. Edit here to measure another page; give it a
	 * check that proves the page shows the corpus.
	 */
	static List<PageTarget> all(CorpusFacts corpus) {
		String category = "/categories/" + corpus.largestCategorySlug();
		long filteredPages = (corpus.largestCategoryFreePractice() + PAGE_SIZE - 1) / PAGE_SIZE;
		return List.of(
				new PageTarget(BASELINE, "Static file (baseline)", "/assets/css/library.css",
						(css) -> css.contains("{"), "is a style sheet", null, null),
				new PageTarget("resource", "Resource page", "/resources/" + corpus.showcaseSlug(),
						(page) -> page.contains(escape(corpus.showcaseTitle())), "shows the resource's title", 0.40,
						50.0),
				new PageTarget("category", "Category page 1", category, (page) -> SYNTHETIC_LINK.matcher(page).find(),
						"links to a synthetic resource", null, null),
				new PageTarget("category-page-50", "Category page 50, two filters",
						category + "?type=practice-example&cost=free&page=50",
						(page) -> SYNTHETIC_LINK.matcher(page).find() && showsPageOf(page, 50, filteredPages),
						"links to a synthetic resource and says \"Page 50 of " + filteredPages
								+ "\" (both filters applied)",
						null, null),
				new PageTarget("home", "Home page", "/", (page) -> page.contains(escape(corpus.largestCategoryName())),
						"lists the largest category", null, null));
	}

	/**
	 * The targets named in a comma-separated list (all when blank), always with the
	 * baseline, in the order of {@link #all}.
	 */
	static List<PageTarget> select(String names, CorpusFacts corpus) {
		List<PageTarget> all = all(corpus);
		if (names == null || names.isBlank()) {
			return all;
		}
		List<String> wanted = Arrays.stream(names.split(",")).map(String::trim).toList();
		List<String> unknown = new ArrayList<>(wanted);
		unknown.removeAll(all.stream().map(PageTarget::name).toList());
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(
					"Unknown benchmark targets " + unknown + "; known: " + all.stream().map(PageTarget::name).toList());
		}
		return all.stream().filter((target) -> target.isBaseline() || wanted.contains(target.name())).toList();
	}

	boolean isBaseline() {
		return BASELINE.equals(this.name);
	}

	/** Whether the page's text, tags aside, says "Page n of m". */
	static boolean showsPageOf(String html, int page, long pages) {
		String text = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return text.contains("page " + page + " of " + pages);
	}

	/** Text as Thymeleaf's {@code th:text} writes it. */
	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
