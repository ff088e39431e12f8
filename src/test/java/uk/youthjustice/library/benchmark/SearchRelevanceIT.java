package uk.youthjustice.library.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.RelevanceScores.Scored;
import uk.youthjustice.library.benchmark.RelevanceScores.Summary;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance set against the demo content and the planted resources, without the
 * benchmark's 100,000 others: seconds rather than minutes, in the default suite, so that
 * a change to analysis, synonyms or scoring that loses the answers practitioners expect
 * fails the build. The library gets a database and index of its own (not
 * {@code @WithLibrary}'s shared one), so that other tests' resources cannot move the
 * rankings and the planted ones do not show up in other tests.
 */
class SearchRelevanceIT {

	@TempDir
	static Path dataDir;

	static InProcessLibrary library;

	@BeforeAll
	static void startWithTheNeedles() throws Exception {
		String url = TestDatabase.createFresh("relevance");
		library = InProcessLibrary.start(url, dataDir);
		CorpusLoader.plantNeedles(url, TestDatabase.user(), TestDatabase.password(), RelevanceNeedles.load());
		library.reindex();
	}

	@AfterAll
	static void stop() {
		if (library != null) {
			library.close();
		}
	}

	@Test
	void practitionersFindTheResourcesTheyExpect() {
		List<Scored> scored = RelevanceScores.score(RelevanceSet.load(), (words) -> library.search(words).slugs());
		Summary all = RelevanceScores.byClass(scored).get("all");
		System.out.printf("[relevance] %s%n%s%n", RelevanceScores.byClass(scored), misses(scored));

		assertThat(all.mrr())
			.as("MRR@10 over %d queries; by class %s; queries whose answer is not first:%n%s", all.queries(),
					RelevanceScores.byClass(scored), misses(scored))
			.isGreaterThanOrEqualTo(SearchReport.MRR_TARGET);
	}

	private static String misses(List<Scored> scored) {
		return scored.stream()
			.filter((s) -> s.answerRank() != 1)
			.map((s) -> String.format(Locale.UK, "  %s [%s] %s: answer at %s, got %s", s.query().id(),
					s.query().queryClass(), s.query().text(), (s.answerRank() == 0) ? "—" : s.answerRank(),
					s.top().subList(0, Math.min(3, s.top().size()))))
			.collect(Collectors.joining("\n"));
	}

}
