package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptTermsTests {

	private final KeptTerms kept = new KeptTerms();

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void termsAreReadOnceAndKeptUntilForgotten() {
		Terms first = this.kept.get(this::load);
		assertThat(this.kept.get(this::load)).isSameAs(first);
		assertThat(this.loads).hasValue(1);

		this.kept.forget();

		assertThat(this.kept.get(this::load)).isNotSameAs(first);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aReadThatBeganBeforeAChangeIsGivenButNotKept() {
		Terms stale = this.kept.get(() -> {
			// The change is committed while this read is under way.
			this.kept.forget();
			return load();
		});

		Terms fresh = this.kept.get(this::load);
		assertThat(fresh).isNotSameAs(stale);
		assertThat(this.kept.get(this::load)).isSameAs(fresh);
		assertThat(this.loads).hasValue(2);
	}

	private Terms load() {
		this.loads.incrementAndGet();
		return new Terms(List.of(), List.of(), List.of());
	}

}
