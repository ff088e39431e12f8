package uk.youthjustice.library.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.RelevanceScores.Scored;
import uk.youthjustice.library.benchmark.RelevanceScores.Summary;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.scaleout.OpenSearchNode;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance set on OpenSearch ({@code ./mvnw -Pscale-out verify}): the same corpus as
 * {@link SearchRelevanceIT} (the demo content, a sample of synthetic resources and the
 * planted ones), searched by the library in this JVM once on its own Lucene index and
 * once on an OpenSearch node, each on a fresh database. OpenSearch must reach the same
 * target, MRR@10 of at least 0.85; the two engines' scores by class go into
 * docs/scaling.md.
 */
class RelevanceOnOpenSearchScaleOut {

	static final String SECTION = "scale-out-relevance";

	@TempDir
	Path dataDirs;

	@Test
	void practitionersFindWhatTheyExpectOnOpenSearchAsOnLucene() throws Exception {
		List<RelevanceSet.Query> queries = RelevanceSet.load();
		List<Scored> lucene = scores(queries, this.dataDirs.resolve("lucene"));
		List<Scored> openSearch;
		Path run = OpenSearchNode.directory().resolve("relevance-" + Instant.now().toEpochMilli());
		Files.createDirectories(run);
		try (OpenSearchNode node = OpenSearchNode.start(run)) {
			openSearch = scores(queries, this.dataDirs.resolve("opensearch"), "library.search.backend=opensearch",
					"library.search.opensearch.uris=" + node.uri());
		}
		Map<String, Summary> onLucene = RelevanceScores.byClass(lucene);
		Map<String, Summary> onOpenSearch = RelevanceScores.byClass(openSearch);
		String markdown = markdown(onLucene, onOpenSearch, differences(lucene, openSearch));
		System.out.println("[relevance on OpenSearch]\n" + markdown);
		ReportSection.write(Path.of(System.getProperty("scale-out.report", "docs/scaling.md")), SECTION,
				"./mvnw -Pscale-out verify", markdown);

		assertThat(onLucene.get("all").mrr()).as("Lucene, as SearchRelevanceIT asks")
			.isGreaterThanOrEqualTo(SearchReport.MRR_TARGET);
		assertThat(onOpenSearch.get("all").mrr()).as("OpenSearch:%n%s", markdown)
			.isGreaterThanOrEqualTo(SearchReport.MRR_TARGET);
	}

	/** The relevance set's scores on a library of its own, with these settings. */
	private static List<Scored> scores(List<RelevanceSet.Query> queries, Path dataDir, String... settings)
			throws Exception {
		String url = TestDatabase.createFresh("relevance");
		Files.createDirectories(dataDir);
		try (InProcessLibrary library = InProcessLibrary.start(url, dataDir, settings)) {
			CorpusLoader.load(url, TestDatabase.user(), TestDatabase.password(), Shape.SAMPLE);
			CorpusLoader.plantNeedles(url, TestDatabase.user(), TestDatabase.password(), RelevanceNeedles.load());
			library.reindex();
			return RelevanceScores.score(queries, (words) -> library.search(words).slugs());
		}
	}

	/** The queries whose answer stands elsewhere on one engine than on the other. */
	private static List<String> differences(List<Scored> lucene, List<Scored> openSearch) {
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < lucene.size(); i++) {
			Scored a = lucene.get(i);
			Scored b = openSearch.get(i);
			if (a.answerRank() != b.answerRank()) {
				differences.add(String.format(Locale.UK, "| `%s` | %s | %s | %s |", a.query().text(),
						a.query().queryClass(), rank(a), rank(b)));
			}
		}
		return differences;
	}

	private static String rank(Scored scored) {
		return (scored.answerRank() == 0) ? "not in the first ten" : Integer.toString(scored.answerRank());
	}

	static String markdown(Map<String, Summary> lucene, Map<String, Summary> openSearch, List<String> differences) {
		StringBuilder text = new StringBuilder();
		text.append("| Queries | MRR@10, Lucene | MRR@10, OpenSearch | nDCG@10, Lucene | nDCG@10, OpenSearch |\n");
		text.append("| --- | --- | --- | --- | --- |\n");
		lucene.forEach((queryClass, a) -> {
			Summary b = openSearch.get(queryClass);
			text.append(String.format(Locale.UK, "| %s (%d) | %.3f | %.3f | %.3f | %.3f |%n", queryClass, a.queries(),
					a.mrr(), b.mrr(), a.ndcg(), b.ndcg()));
		});
		if (differences.isEmpty()) {
			text.append("\nEvery query's answer stands at the same place on both engines.\n");
		}
		else {
			text.append("\nQueries whose answer stands elsewhere:\n\n");
			text.append("| Query | Class | Answer at, Lucene | Answer at, OpenSearch |\n| --- | --- | --- | --- |\n");
			differences.forEach((row) -> text.append(row).append('\n'));
		}
		return text.toString();
	}

}
