package uk.youthjustice.library.search;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;

import static org.assertj.core.api.Assertions.assertThat;

class FacetsTests {

	/** What the shared field's aggregation gives: every filter's values, each named. */
	private static final Map<String, Long> SHARED = Map.of("age:10-12", 3L, "age:12-14", 2L, "age:25-25", 1L,
			"topic:housing", 4L, "topic:age:odd-slug", 1L, "type:GUIDANCE_DOCUMENT", 6L, "cost:NONE", 5L, "year:2024",
			7L, "category:practice-examples", 9L);

	@Test
	void eachAgeCountsEveryBandThatHoldsIt() {
		assertThat(Facets.Filter.AGE.counted(SHARED)).isEqualTo(Map.of(10, 3L, 11, 3L, 12, 5L, 13, 2L, 14, 2L, 25, 1L));
	}

	@Test
	void eachFilterTakesTheValuesNamedForItAsItsOptionsHaveThem() {
		assertThat(Facets.Filter.TOPIC.counted(SHARED)).isEqualTo(Map.of("housing", 4L, "age:odd-slug", 1L));
		assertThat(Facets.Filter.KIND.counted(SHARED)).isEqualTo(Map.of(ResourceKind.GUIDANCE_DOCUMENT, 6L));
		assertThat(Facets.Filter.COST.counted(SHARED)).isEqualTo(Map.of(CostKind.NONE, 5L));
		assertThat(Facets.Filter.YEAR.counted(SHARED)).isEqualTo(Map.of(2024, 7L));
		assertThat(Facets.Filter.CATEGORY.counted(SHARED)).isEqualTo(Map.of("practice-examples", 9L));
		assertThat(Facets.Filter.EVIDENCE.counted(SHARED)).isEmpty();
	}

	@Test
	void filtersWithAnAggregationOfTheirOwnAreCountedAsTheIndexHasThem() {
		Map<String, Long> byPublisher = Map.of("Home Office", 4L);

		assertThat(Facets.Filter.PUBLISHER.counted(byPublisher)).isSameAs(byPublisher);
	}

}
