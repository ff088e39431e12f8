package uk.youthjustice.library.catalogue;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The catalogue's terms, kept a short while for the pages that read them on every
 * request: search and open data would otherwise ask the database three times a request
 * for lists that change a few times a year. A change on this node is seen at once
 * ({@link TermsChanged} forgets them when it is committed); a change made on another node
 * of a cluster, within {@link #KEPT_FOR}.
 * <p>
 * Written out rather than a Caffeine cache: a read that began before a change was
 * committed must not be kept after it, and Caffeine leaves undefined what invalidating
 * does to a load in progress. Each read notes the generation it began in, and only a read
 * of the current generation is kept.
 */
@Component
class KeptTerms {

	static final Duration KEPT_FOR = Duration.ofSeconds(10);

	private volatile Kept kept;

	/** Guarded by this. */
	private long generation;

	Terms get(Supplier<Terms> load) {
		Kept current = this.kept;
		if (current != null && System.nanoTime() - current.until() < 0) {
			return current.terms();
		}
		long began;
		synchronized (this) {
			began = this.generation;
		}
		Terms loaded = load.get();
		synchronized (this) {
			if (this.generation == began) {
				this.kept = new Kept(loaded, System.nanoTime() + KEPT_FOR.toNanos());
			}
		}
		return loaded;
	}

	synchronized void forget() {
		this.generation++;
		this.kept = null;
	}

	private record Kept(Terms terms, long until) {
	}

}
