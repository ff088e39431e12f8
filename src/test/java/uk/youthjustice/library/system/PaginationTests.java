package uk.youthjustice.library.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.system.Pagination.Item;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTests {

	@Test
	void middlePageShowsEndsNeighboursAndGaps() {
		Pagination pages = Pagination.of(10, 35, (n) -> "/p?page=" + n);

		assertThat(numbers(pages)).containsExactly("1", "…", "9", "10", "11", "…", "35");
		assertThat(pages.items().stream().filter(Item::current).map(Item::number)).containsExactly(10);
		assertThat(pages.previousHref()).isEqualTo("/p?page=9");
		assertThat(pages.nextHref()).isEqualTo("/p?page=11");
		assertThat(pages.isNeeded()).isTrue();
	}

	@Test
	void firstAndLastPagesHaveNoLinkBeyondThem() {
		Pagination first = Pagination.of(1, 3, (n) -> "/p?page=" + n);
		Pagination last = Pagination.of(3, 3, (n) -> "/p?page=" + n);

		assertThat(numbers(first)).containsExactly("1", "2", "3");
		assertThat(first.previousHref()).isNull();
		assertThat(last.nextHref()).isNull();
	}

	@Test
	void aSinglePageNeedsNoPagination() {
		assertThat(Pagination.of(1, 1, (n) -> "/p").isNeeded()).isFalse();
	}

	@Test
	void aPageParameterThatIsNotAPageNumberAsksForPageOne() {
		assertThat(Pagination.pageAsked("3")).isEqualTo(3);
		assertThat(Pagination.pageAsked(" 999999 ")).isEqualTo(999_999);
		for (String odd : new String[] { null, "", "-1", "0", "two", "9".repeat(5_000), "<script>" }) {
			assertThat(Pagination.pageAsked(odd)).as(odd).isEqualTo(1);
		}
	}

	private static List<String> numbers(Pagination pages) {
		return pages.items().stream().map((item) -> item.isEllipsis() ? "…" : String.valueOf(item.number())).toList();
	}

}
