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

	public static void awaitIdle(SearchIndex index) throws Exception {
		Optional<Rebuild> running = index.running();
		if (running.isPresent()) {
			running.get().finished().get(2, TimeUnit.MINUTES);
		}
	}

}
