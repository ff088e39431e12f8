package uk.youthjustice.library.dashboard;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceListQueryTests {

	private static final Set<String> CATEGORIES = Set.of("practice-examples", "custody");

	@Test
	void readsEveryFilter() {
		ResourceListQuery query = parse(new ResourceListParameters("  county lines ", List.of("draft", "scheduled"),
				List.of("guidance"), "custody", "yes", "title", "3"));

		assertThat(query.text()).isEqualTo("county lines");
		assertThat(query.statuses()).containsExactly(ResourceStatus.DRAFT, ResourceStatus.SCHEDULED);
		assertThat(query.kinds()).containsExactly(ResourceKind.GUIDANCE_DOCUMENT);
		assertThat(query.category()).isEqualTo("custody");
		assertThat(query.mine()).isTrue();
		assertThat(query.sort()).isEqualTo(ResourceListSort.TITLE);
		assertThat(query.page()).isEqualTo(3);
		assertThat(query.isFiltered()).isTrue();
	}

	@Test
	void parametersAreReadByNameSoIndexedNamesAreJustUnknown() {
		LinkedMultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("status", "draft");
		query.add("status", "archived");
		query.add("status[999999]", "published");
		query.add("q", "panel");
		query.add("q", "ignored second value");

		ResourceListParameters parameters = ResourceListParameters.of(query);

		assertThat(parameters.status()).containsExactly("draft", "archived");
		assertThat(parameters.kind()).isEmpty();
		assertThat(parameters.q()).isEqualTo("panel");
		assertThat(parameters.page()).isNull();
	}

	@Test
	void nothingGivenMeansEverythingRecentlyChangedFirstOnPageOne() {
		ResourceListQuery query = parse(ResourceListParameters.none());

		assertThat(query.isFiltered()).isFalse();
		assertThat(query.text()).isNull();
		assertThat(query.sort()).isEqualTo(ResourceListSort.CHANGED);
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.toQueryString()).isEmpty();
	}

	@Test
	void unknownValuesAreIgnored() {
		String longText = "x".repeat(5_000);
		ResourceListQuery query = parse(
				new ResourceListParameters("   ", List.of("DRAFT", "deleted", longText, "<script>"),
						List.of("video", longText), "no-such-category", "true", "random", null));

		assertThat(query.isFiltered()).isFalse();
		assertThat(query.sort()).isEqualTo(ResourceListSort.CHANGED);
	}

	@Test
	void missingListsAndNullEntriesAreNothing() {
		List<String> withNull = new java.util.ArrayList<>();
		withNull.add(null);
		ResourceListQuery query = parse(new ResourceListParameters(null, withNull, withNull, null, null, null, null));

		assertThat(query.statuses()).isEmpty();
		assertThat(query.kinds()).isEmpty();
	}

	@Test
	void longSearchTextIsCutNotRefused() {
		ResourceListQuery query = parse(text("a".repeat(1_000)));

		assertThat(query.text()).hasSize(ResourceListQuery.LONGEST_TEXT);
	}

	@Test
	void cuttingNeverSplitsACharacter() {
		String emoji = "\uD83D\uDE00";
		ResourceListQuery query = parse(text(emoji.repeat(150)));

		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(ResourceListQuery.LONGEST_TEXT);
		assertThat(query.text()).isEqualTo(emoji.repeat(ResourceListQuery.LONGEST_TEXT));
	}

	@Test
	void pageNumbersBelowOneOrNotNumbersAreThePageOne() {
		assertThat(parse(page("-1")).page()).isEqualTo(1);
		assertThat(parse(page("0")).page()).isEqualTo(1);
		assertThat(parse(page("abc")).page()).isEqualTo(1);
		assertThat(parse(page("9".repeat(1_000))).page()).isEqualTo(1);
		assertThat(parse(page("999999")).page()).isEqualTo(999_999);
	}

	@Test
	void queryStringKeepsEverythingButDefaultsAndEncodesText() {
		ResourceListQuery query = parse(new ResourceListParameters("C++ & {x}", List.of("archived"),
				List.of("practice-example"), "custody", "yes", "published", "2"));

		assertThat(query.toQueryString()).isEqualTo(
				"?q=C%2B%2B+%26+%7Bx%7D&status=archived&kind=practice-example&category=custody&mine=yes&sort=published&page=2");
		assertThat(query.onPage(1).toQueryString()).doesNotContain("page=");
	}

	@Test
	void removingAFilterKeepsTheOthersAndGoesBackToPageOne() {
		ResourceListQuery query = parse(new ResourceListParameters("panel", List.of("draft", "published"),
				List.of("guidance"), "custody", "yes", "title", "4"));

		assertThat(query.toQueryStringWithout("status", "draft"))
			.isEqualTo("?q=panel&status=published&kind=guidance&category=custody&mine=yes&sort=title");
		assertThat(query.toQueryStringWithout("q", null))
			.isEqualTo("?status=draft&status=published&kind=guidance&category=custody&mine=yes&sort=title");
		assertThat(query.toQueryStringWithout("kind", "guidance")).doesNotContain("kind=");
		assertThat(query.toQueryStringWithout("category", null)).doesNotContain("category=");
		assertThat(query.toQueryStringWithout("mine", null)).doesNotContain("mine=");
	}

	@Test
	void statusParametersAreLowerCaseNames() {
		assertThat(ResourceListQuery.statusParameter(ResourceStatus.SCHEDULED)).isEqualTo("scheduled");
		assertThat(ResourceListQuery.kindParameter(ResourceKind.PRACTICE_EXAMPLE)).isEqualTo("practice-example");
	}

	@Test
	void likeWildcardsInSearchTextAreMatchedLiterally() {
		assertThat(ResourceSearch.escape("100%_done\\")).isEqualTo("100\\%\\_done\\\\");
	}

	private static ResourceListQuery parse(ResourceListParameters parameters) {
		return ResourceListQuery.from(parameters, CATEGORIES);
	}

	private static ResourceListParameters text(String q) {
		return new ResourceListParameters(q, null, null, null, null, null, null);
	}

	private static ResourceListParameters page(String page) {
		return new ResourceListParameters(null, null, null, null, null, null, page);
	}

}
