package uk.youthjustice.library.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets as many searches run at once as the machine has processors; the others wait their
 * turn, first come first served. A search is the processor's work alone, so more of them
 * at once only share the processors: each takes longer, the longest most, and none
 * finishes sooner. With eight at once on two processors, a search taking 16 ms alone took
 * 60; waiting its turn, it takes its own time and the short wait. The rest of a request
 * (the page, the database, the network) is not held up. Lucene servers do the same:
 * Elasticsearch searches on a pool of threads sized by the processors, the others queued.
 * <p>
 * A search waits outside its transaction, so a waiting search holds no database
 * connection; Tomcat's threads bound how many can wait.
 * {@code library.search.concurrency} sets the number of searches at once (0, the default:
 * one a processor).
 */
@Component
class SearchAdmission {

	/** The setting: searches at once, or 0 for one a processor. */
	static final String SETTING = "${library.search.concurrency:0}";

	private final Semaphore turns;

	private final int concurrency;

	SearchAdmission(@Value(SETTING) int concurrency, MeterRegistry meters) {
		this.concurrency = (concurrency > 0) ? concurrency : Runtime.getRuntime().availableProcessors();
		this.turns = new Semaphore(this.concurrency, true);
		Gauge.builder("library.search.waiting", this, SearchAdmission::waiting)
			.description("Searches waiting for their turn")
			.register(meters);
	}

	/** How many searches may run at once. */
	int concurrency() {
		return this.concurrency;
	}

	/** How many searches are waiting for their turn (an estimate, as the JDK's). */
	int waiting() {
		return this.turns.getQueueLength();
	}

	/** How many more searches could start now without waiting. */
	int turnsFree() {
		return this.turns.availablePermits();
	}

	/** Runs a search in its turn. */
	<T> T inTurn(Supplier<T> search) {
		this.turns.acquireUninterruptibly();
		try {
			return search.get();
		}
		finally {
			this.turns.release();
		}
	}

}
