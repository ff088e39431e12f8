package uk.youthjustice.library.catalogue;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The catalogue's terms, kept a short while for the pages that read them on every
 * request: search and open data would otherwise ask the database three times a request
 * for lists that change a few times a year. A change on this node is seen at once
 * ({@link TermsChanged} forgets them when it is committed); a change made on another node
 * of a cluster, within {@link #KEPT_FOR}.
 */
@Component
class KeptTerms {

	static final Duration KEPT_FOR = Duration.ofSeconds(10);

	private final Cache<Boolean, Terms> kept = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(KEPT_FOR).build();

	Terms get(Supplier<Terms> load) {
		return this.kept.get(Boolean.TRUE, (key) -> load.get());
	}

	void forget() {
		this.kept.invalidateAll();
	}

}
