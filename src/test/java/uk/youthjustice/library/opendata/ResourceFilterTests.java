package uk.youthjustice.library.opendata;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.catalogue.CostFilter;
import uk.youthjustice.library.catalogue.ListingSort;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.opendata.ResourceFilter.KnownTerms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResourceFilterTests {

	private static final KnownTerms KNOWN = new KnownTerms(Set.of("panels"), Set.of("education", "health"),
			Set.of("promising"));

	@Test
	void nothingAskedIsTheWholeLibraryNewestFirstTwentyAPage() {
		ResourceFilter filter = ResourceFilter.of(parameters(null, List.of(), List.of(), null, null, null, null),
				KNOWN);

		assertThat(filter.category()).isNull();
		assertThat(filter.size()).isEqualTo(20);
		assertThat(filter.query().page()).isEqualTo(1);
		assertThat(filter.query().sort()).isEqualTo(ListingSort.NEWEST);
		assertThat(filter.query().isFiltered()).isFalse();
		assertThat(filter.href("https://library.example/api/v1/resources", 1))
			.isEqualTo("https://library.example/api/v1/resources");
	}

	@Test
	void knownValuesBecomeTheListingQueryAndItsLinks() {
		ResourceFilter filter = ResourceFilter
			.of(new ResourceListParameters("panels", List.of("guidance", "practice-example"), List.of("health"), " 14 ",
					"free", List.of("promising"), "title", "2", "50"), KNOWN);

		assertThat(filter.category()).isEqualTo("panels");
		assertThat(filter.query().kinds()).containsExactly(ResourceKind.GUIDANCE_DOCUMENT,
				ResourceKind.PRACTICE_EXAMPLE);
		assertThat(filter.query().topics()).containsExactly("health");
		assertThat(filter.query().age()).isEqualTo(14);
		assertThat(filter.query().cost()).isEqualTo(CostFilter.FREE);
		assertThat(filter.query().evidence()).containsExactly("promising");
		assertThat(filter.query().page()).isEqualTo(2);
		assertThat(filter.size()).isEqualTo(50);
		assertThat(filter.href("/api/v1/resources", 3)).isEqualTo("/api/v1/resources?type=guidance"
				+ "&type=practice-example&topic=health&age=14&cost=free&evidence=promising&sort=title&page=3"
				+ "&category=panels&size=50");
	}

	@Test
	void everyUnusableParameterIsNamedOnce() {
		assertThatExceptionOfType(InvalidParametersException.class)
			.isThrownBy(() -> ResourceFilter.of(new ResourceListParameters("nope", List.of("video", "audio"),
					List.of("health", "nope"), "-3", "cheap", List.of("nope"), "random", "0", "101"), KNOWN))
			.satisfies(
					(ex) -> assertThat(ex.errors().stream().map(InvalidParametersException.InvalidParameter::parameter))
						.containsExactly("category", "type", "type", "topic", "evidence", "age", "cost", "sort", "page",
								"size"));
	}

	@Test
	void numbersMustBeWholeAndInRange() {
		for (String page : List.of("abc", "-1", "0", "1.5", "1e3", "9999999999", "1000001")) {
			assertThatExceptionOfType(InvalidParametersException.class).as(page)
				.isThrownBy(
						() -> ResourceFilter.of(parameters(null, List.of(), List.of(), null, null, page, null), KNOWN));
		}
		assertThat(
				ResourceFilter.of(parameters(null, List.of(), List.of(), null, null, "1000000", "100"), KNOWN).size())
			.isEqualTo(100);
	}

	private static ResourceListParameters parameters(String category, List<String> type, List<String> topic, String age,
			String cost, String page, String size) {
		return new ResourceListParameters(category, type, topic, age, cost, null, null, page, size);
	}

}
