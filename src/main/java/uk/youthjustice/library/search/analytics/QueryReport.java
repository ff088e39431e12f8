package uk.youthjustice.library.search.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the search queries page shows for one period.
 *
 * @param period the period shown
 * @param periods every period an editor can choose
 * @param totals how many searches, and how they went
 * @param topQueries the commonest searches
 * @param zeroResults the commonest searches that found nothing
 * @param chosenResults the resources most often chosen from results
 */
record QueryReport(ReportPeriod period, List<ReportPeriod> periods, Totals totals, List<TopQuery> topQueries,
		List<ZeroResult> zeroResults, List<ChosenResult> chosenResults) {

	/**
	 * The searches of a period.
	 *
	 * @param searches how many
	 * @param zeroResults how many found nothing
	 * @param clicked how many were followed by a click on a result
	 */
	record Totals(long searches, long zeroResults, long clicked) {

		public double zeroShare() {
			return share(this.zeroResults, this.searches);
		}

		public double clickShare() {
			return share(this.clicked, this.searches);
		}

	}

	/**
	 * One of the commonest searches.
	 *
	 * @param words the normalised words
	 * @param searches how often
	 * @param averageResults how many results it found on average (the index changes)
	 * @param clicked how many of those searches were followed by a click
	 */
	record TopQuery(String words, long searches, double averageResults, long clicked) {

		public double clickRate() {
			return share(this.clicked, this.searches);
		}

	}

	/**
	 * Searches that found nothing, grouped by words and filters.
	 *
	 * @param words the normalised words, perhaps empty when only filters were used
	 * @param filters the filters' query string, or {@code null}
	 * @param searches how often
	 * @param lastSearched the latest time
	 */
	record ZeroResult(String words, String filters, long searches, Instant lastSearched) {

		/** The filters as editors read them: {@code topic: county-lines, age: 15}. */
		public String filtersText() {
			return SearchNormaliser.pairs(this.filters)
				.stream()
				.map((pair) -> pair.getKey() + ": " + pair.getValue())
				.collect(Collectors.joining(", "));
		}

		/** The search page running this search again. */
		public String searchHref() {
			StringBuilder href = new StringBuilder("/search?q=")
				.append(URLEncoder.encode(this.words, StandardCharsets.UTF_8));
			for (Map.Entry<String, String> pair : SearchNormaliser.pairs(this.filters)) {
				href.append('&')
					.append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
			}
			return href.toString();
		}

	}

	/**
	 * A resource people chose from results.
	 *
	 * @param slug its address when chosen
	 * @param title its title, or {@code null} when no resource has that address now
	 * @param clicks how often it was chosen
	 * @param averageRank where it stood in the results on average, from 1
	 * @param queries the commonest searches that led to it
	 */
	record ChosenResult(String slug, String title, long clicks, double averageRank, List<LeadingQuery> queries) {
	}

	/**
	 * A search that led to a chosen resource.
	 *
	 * @param words the normalised words, perhaps empty when only filters were used
	 * @param clicks how often it led there
	 */
	record LeadingQuery(String words, long clicks) {
	}

	private static double share(long part, long whole) {
		return (whole > 0) ? (double) part / whole : 0;
	}

}
