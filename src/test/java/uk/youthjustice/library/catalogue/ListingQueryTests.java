package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListingQueryTests {

	private static final Set<String> TOPICS = Set.of("resettlement", "county-lines");

	private static final Set<String> EVIDENCE = Set.of("promising");

	@Test
	void readsEveryFilter() {
		ListingQuery query = parse(new ListingParameters(List.of("guidance"), List.of("county-lines"), "15", "free",
				List.of("promising"), "title", "3"));

		assertThat(query.kinds()).containsExactly(ResourceKind.GUIDANCE_DOCUMENT);
		assertThat(query.topics()).containsExactly("county-lines");
		assertThat(query.age()).isEqualTo(15);
		assertThat(query.cost()).isEqualTo(CostFilter.FREE);
		assertThat(query.evidence()).containsExactly("promising");
		assertThat(query.sort()).isEqualTo(ListingSort.TITLE);
		assertThat(query.page()).isEqualTo(3);
		assertThat(query.isFiltered()).isTrue();
		assertThat(query.ageRejected()).isFalse();
	}

	@Test
	void nothingGivenMeansEverythingNewestFirstOnPageOne() {
		ListingQuery query = parse(ListingParameters.none());

		assertThat(query.isFiltered()).isFalse();
		assertThat(query.sort()).isEqualTo(ListingSort.NEWEST);
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.toQueryString()).isEmpty();
	}

	@Test
	void unknownValuesAreIgnored() {
		String longText = "x".repeat(5_000);
		ListingQuery query = parse(new ListingParameters(List.of("video", longText), List.of("<script>", "unknown"),
				null, "expensive", List.of(longText), "random", null));

		assertThat(query.isFiltered()).isFalse();
		assertThat(query.sort()).isEqualTo(ListingSort.NEWEST);
	}

	@Test
	void pageNumbersBelowOneOrNotNumbersAreThePageOne() {
		assertThat(parse(page("-1")).page()).isEqualTo(1);
		assertThat(parse(page("0")).page()).isEqualTo(1);
		assertThat(parse(page("two")).page()).isEqualTo(1);
		assertThat(parse(page("9".repeat(5_000))).page()).isEqualTo(1);
		assertThat(parse(page("999999")).page()).isEqualTo(999_999);
	}

	@Test
	void anAgeThatIsNotAWholeNumberInRangeIsRejectedNotUsed() {
		for (String age : List.of("abc", "-3", "31", "15.5", "<script>alert(1)</script>", "1".repeat(5_000))) {
			ListingQuery query = parse(new ListingParameters(null, null, age, null, null, null, null));
			assertThat(query.age()).as(age).isNull();
			assertThat(query.ageRejected()).as(age).isTrue();
		}
		assertThat(parse(new ListingParameters(null, null, " ", null, null, null, null)).ageRejected()).isFalse();
		assertThat(parse(new ListingParameters(null, null, "0", null, null, null, null)).age()).isZero();
	}

	@Test
	void queryStringsKeepFiltersAndDropOneOnRequest() {
		ListingQuery query = parse(new ListingParameters(List.of("practice-example"),
				List.of("resettlement", "county-lines"), "15", "has-cost", null, "oldest", "2"));

		assertThat(query.toQueryString()).isEqualTo(
				"?type=practice-example&topic=resettlement&topic=county-lines&age=15&cost=has-cost&sort=oldest&page=2");
		assertThat(query.toQueryStringWithout("topic", "resettlement"))
			.isEqualTo("?type=practice-example&topic=county-lines&age=15&cost=has-cost&sort=oldest");
		assertThat(query.toQueryStringWithout("age", null))
			.isEqualTo("?type=practice-example&topic=resettlement&topic=county-lines&cost=has-cost&sort=oldest");
		assertThat(query.toQueryStringWithout("type", "practice-example"))
			.isEqualTo("?topic=resettlement&topic=county-lines&age=15&cost=has-cost&sort=oldest");
		assertThat(query.onPage(5).toQueryString()).endsWith("&page=5");
	}

	private static ListingParameters page(String page) {
		return new ListingParameters(null, null, null, null, null, null, page);
	}

	private static ListingQuery parse(ListingParameters parameters) {
		return ListingQuery.from(parameters, TOPICS, EVIDENCE);
	}

}
