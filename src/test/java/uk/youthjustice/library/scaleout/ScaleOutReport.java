package uk.youthjustice.library.scaleout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The scale-out check's figures as the section of docs/scaling.md that it writes. */
final class ScaleOutReport {

	private ScaleOutReport() {
	}

	static String markdown(Map<String, Object> figures) {
		@SuppressWarnings("unchecked")
		List<Long> searches = (List<Long>) figures.get("searchOnB");
		StringBuilder text = new StringBuilder();
		text.append("Measured by `./mvnw -Pscale-out verify` (TwoNodesScaleOut) on the development machine: ")
			.append("2 cores shared with other builds, one OpenSearch 2.19 node (512 MB heap), S3Proxy on a ")
			.append("directory, two library nodes (512 MB heap each) on one PostgreSQL 15 database, the demo ")
			.append("content (")
			.append(figures.get("resources"))
			.append(" resources, ")
			.append(figures.get("publicResources"))
			.append(" published).\n\n");
		text.append("| what | time |\n| --- | --- |\n");
		row(text, "OpenSearch node started (launch to cluster yellow)", figures.get("openSearchStart"));
		row(text, "Node A started (launch to ready; creates the schema and the index)", figures.get("nodeAStart"));
		row(text, "Node B started (launch to ready)", figures.get("nodeBStart"));
		row(text, "A title saved on node A until a search on node B finds it", figures.get("editToSearchableOnB"));
		row(text, "A text file uploaded on node A until a search on node B finds a word of it",
				figures.get("uploadToFileTextSearchableOnB"));
		row(text, "A misspelt search on node B, with the term suggester's correction and its results",
				figures.get("misspeltSearchOnB"));
		row(text, "The admin page's rebuild on node A after a synonym change (synonyms put in the index, then "
				+ "every resource indexed)", figures.get("synonymRebuild"));
		row(text, "A third node started after a synonym change, before the rebuild (its analysis updates the "
				+ "index's)", figures.get("nodeCStartAfterSynonymSave"));
		if (searches != null && !searches.isEmpty()) {
			text.append("| Search page on node B over OpenSearch, ")
				.append(searches.size())
				.append(" one-word searches in turn: median / 95th percentile / slowest | ")
				.append(percentile(searches, 50))
				.append(" ms / ")
				.append(percentile(searches, 95))
				.append(" ms / ")
				.append(searches.get(searches.size() - 1))
				.append(" ms |\n");
		}
		return text.toString();
	}

	private static void row(StringBuilder text, String what, Object value) {
		if (value instanceof Duration duration) {
			text.append("| ").append(what).append(" | ").append(String.format("%.1f s", duration.toMillis() / 1000.0));
			text.append(" |\n");
		}
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
