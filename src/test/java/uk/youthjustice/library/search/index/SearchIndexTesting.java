package uk.youthjustice.library.search.index;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * For tests elsewhere that start a rebuild in the library shared by the test run: waits
 * until it has ended, so that the next test searches a complete index.
 */
public final class SearchIndexTesting {

	private SearchIndexTesting() {
	}

	/**
	 * Rebuilds the index as the admin page does, and waits for the rebuild to end.
	 * @throws IllegalStateException if it failed
	 */
	public static void rebuild(SearchIndex index) throws Exception {
		awaitIdle(index);
		RebuildOutcome outcome = index.rebuild(RebuildReason.REQUESTED, "tests@example.org")
			.finished()
			.get(2, TimeUnit.MINUTES);
		if (!outcome.succeeded()) {
			throw new IllegalStateException("The rebuild failed: " + outcome.error());
		}
	}

	public static void awaitIdle(SearchIndex index) throws Exception {
		Optional<Rebuild> running = index.running();
		if (running.isPresent()) {
			running.get().finished().get(2, TimeUnit.MINUTES);
		}
	}

}
