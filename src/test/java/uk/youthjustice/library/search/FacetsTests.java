package uk.youthjustice.library.search;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacetsTests {

	@Test
	void eachAgeCountsEveryBandThatHoldsIt() {
		Map<?, Long> byAge = Facets.Filter.AGE.counted(Map.of("10-12", 3L, "12-14", 2L, "25-25", 1L));

		assertThat(byAge).isEqualTo(Map.of(10, 3L, 11, 3L, 12, 5L, 13, 2L, 14, 2L, 25, 1L));
	}

	@Test
	void otherFiltersAreCountedAsTheIndexHasThem() {
		Map<String, Long> bySlug = Map.of("housing", 4L);

		assertThat(Facets.Filter.TOPIC.counted(bySlug)).isSameAs(bySlug);
	}

}
