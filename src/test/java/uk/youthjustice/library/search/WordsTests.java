package uk.youthjustice.library.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.search.PeopleQuery.Part;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

	private static final List<Part> WHAT = List.of(new Part("what", false));

	private static final List<Part> COUNTY = List.of(new Part("county", false));

	private static final List<Part> LINES = List.of(new Part("lines", false));

	@Test
	void relaxedCommonWordsDoNotCountTowardsTheHalf() {
		assertThat(Words.counted(List.of(WHAT, COUNTY, LINES), Set.of(WHAT))).containsExactly(COUNTY, LINES);
	}

	@Test
	void relaxedEveryWordCountsWhenAllAreCommon() {
		assertThat(Words.counted(List.of(WHAT, COUNTY), Set.of(WHAT, COUNTY))).containsExactly(WHAT, COUNTY);
		assertThat(Words.counted(List.of(WHAT, COUNTY), Set.of())).containsExactly(WHAT, COUNTY);
	}

}
