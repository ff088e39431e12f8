package uk.youthjustice.library.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.Recording;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.RelevanceSet.Query;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quick loop for work on search speed, not a benchmark (no figures reported, not run by
 * the benchmark suite). The 100,000-resource corpus of {@link SearchBenchmark} is written
 * once into a database that is kept ({@value #DATABASE}), with its index under
 * {@code target/search-workbench}; each run starts the library on them in this JVM (about
 * a minute, against the benchmark's ten), searches the relevance set round and round and
 * prints each query's median time, the percentiles over all and the relevance figures
 * (MRR@10, nDCG@10), to compare one change with the next on the same machine. With a Java
 * Flight Recording, the shares of a search's time are what to read: they hold on a busy
 * machine, the times do not.
 * <p>
 * {@code ./mvnw -B -o -Pbenchmark verify -Dit.test=SearchWorkbench -Dtest=None
 * -Dsurefire.failIfNoSpecifiedTests=false}; system properties {@code workbench.only} (a
 * regular expression the queries must match), {@code workbench.passes} (8),
 * {@code workbench.fewest} and {@code workbench.warmup} (the fewest and most passes
 * before timing, 10 and 40: see {@link WarmUp}), {@code workbench.queryCache}
 * ({@code false}: without Lucene's cache of filters' matches),
 * {@code workbench.recording} (a {@code .jfr} file to write), {@code workbench.reindex}
 * (rebuild the index first, as after a change to the mapping or the analysis). A change
 * of the index mapping's version rebuilds it at start. {@code dropdb} the database when
 * done.
 */
class SearchWorkbench {

	static final String DATABASE = "library_search_workbench";

	@Test
	void searchesTheKeptCorpus() throws Exception {
		if (!Boolean.parseBoolean(System.getProperty("workbench.queryCache", "true"))) {
			// Every search as if its filters were new: Lucene keeps the matches of a
			// filter that is used often, and the relevance set is 63 searches over and
			// over.
			IndexSearcher.setDefaultQueryCache(null);
		}
		boolean created = TestDatabase.createKeptIfMissing(DATABASE);
		String url = TestDatabase.url(DATABASE);
		Path dataDir = Path.of("target", "search-workbench");
		Files.createDirectories(dataDir);
		String only = System.getProperty("workbench.only", ".*");
		List<Query> queries = RelevanceSet.load().stream().filter((query) -> query.text().matches(only)).toList();
		assertThat(queries).as("queries matching %s", only).isNotEmpty();
		try (InProcessLibrary library = InProcessLibrary.start(url, dataDir)) {
			if (created) {
				say("corpus written: %s",
						CorpusLoader.load(url, TestDatabase.user(), TestDatabase.password(), Shape.SEARCH));
				CorpusLoader.plantNeedles(url, TestDatabase.user(), TestDatabase.password(), RelevanceNeedles.load());
			}
			library.awaitNoRebuild();
			if (created || Boolean.getBoolean("workbench.reindex")) {
				say("reindexed in %s", library.reindex());
			}
			String recordingFile = System.getProperty("workbench.recording");
			// Flight Recorder instruments JDK classes as it starts, which throws away the
			// code compiled from them: started after the warm-up, the searches it records
			// run several times slower than without it. So it starts before, and records
			// from after.
			try (Recording recording = (recordingFile != null) ? new Recording() : null) {
				WarmUp.Outcome warmUp = warmUp(library, queries);
				say("warmed up: %s", warmUp.describe("searches/s"));
				Map<Query, List<Long>> times = time(library, queries, Integer.getInteger("workbench.passes", 8),
						recording);
				if (recording != null) {
					recording.dump(Path.of(recordingFile));
					say("recorded into %s", recordingFile);
				}
				report(library, times);
			}
		}
	}

	private static WarmUp.Outcome warmUp(InProcessLibrary library, List<Query> queries) throws Exception {
		return WarmUp.untilSettled(() -> {
			long started = System.nanoTime();
			queries.forEach((query) -> library.search(query.text()));
			return queries.size() / ((System.nanoTime() - started) / 1e9);
		}, Integer.getInteger("workbench.fewest", 10), Integer.getInteger("workbench.warmup", 40));
	}

	private static Map<Query, List<Long>> time(InProcessLibrary library, List<Query> queries, int passes,
			Recording recording) {
		Map<Query, List<Long>> times = new LinkedHashMap<>();
		if (recording != null) {
			recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(5));
			recording.enable("jdk.GarbageCollection");
			recording.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s");
			recording.start();
		}
		for (int pass = 0; pass < passes; pass++) {
			long passStarted = System.nanoTime();
			for (Query query : queries) {
				long started = System.nanoTime();
				InProcessLibrary.Answer answer = library.search(query.text());
				times.computeIfAbsent(query, (key) -> new ArrayList<>()).add(System.nanoTime() - started);
				assertThat(answer.slugs()).as("a first page for %s", query.text()).isNotNull();
			}
			say("pass %d: %.0f searches/s", pass + 1, queries.size() / ((System.nanoTime() - passStarted) / 1e9));
		}
		if (recording != null) {
			recording.stop();
		}
		return times;
	}

	private static void report(InProcessLibrary library, Map<Query, List<Long>> times) {
		List<Long> all = new ArrayList<>();
		times.forEach((query, taken) -> {
			all.addAll(taken);
			Collections.sort(taken);
			say("%8.2f ms  %s (found: %,d)", taken.get(taken.size() / 2) / 1e6, query.text(),
					library.search(query.text()).total());
		});
		RelevanceScores
			.byClass(RelevanceScores.score(List.copyOf(times.keySet()), (words) -> library.search(words).slugs()))
			.forEach((queryClass, summary) -> say("relevance, %s: %s", queryClass, summary));
		// The p95 of a benchmark repetition (189 searches) is its tenth slowest search:
		// which
		// searches are the slowest, and by how much, says what sets it.
		times.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((taken) -> Map.entry(taken, entry.getKey().text())))
			.sorted(Map.Entry.<Long, String>comparingByKey().reversed())
			.limit(Long.getLong("workbench.slowest", 0))
			.forEach((slow) -> say("slow: %8.2f ms  %s", slow.getKey() / 1e6, slow.getValue()));
		Collections.sort(all);
		say("all %d searches: p50 %.2f, p95 %.2f, p99 %.2f ms", all.size(), percentile(all, 50), percentile(all, 95),
				percentile(all, 99));
	}

	private static double percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
	}

	private static void say(String format, Object... args) {
		System.out.println("[workbench] " + String.format(Locale.UK, format, args));
	}

}
