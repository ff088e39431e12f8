package uk.youthjustice.library.system;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesLowerCaseHyphenatedAscii() {
		assertThat(Slugs.of("Looked-after children & SEND: a café's guide"))
			.isEqualTo("looked-after-children-send-a-cafes-guide");
	}

	@Test
	void neverGivesAnEmptySlug() {
		assertThat(Slugs.of("!!!")).isEqualTo("item");
		assertThat(Slugs.of(null)).isEqualTo("item");
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.of("word ".repeat(60));
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH);
		assertThat(slug).endsWith("word");
	}

	@Test
	void addsTheFirstFreeNumber() {
		Set<String> taken = Set.of("county-lines", "county-lines-2");
		assertThat(Slugs.unique("County lines", taken::contains)).isEqualTo("county-lines-3");
		assertThat(Slugs.unique("Resettlement", taken::contains)).isEqualTo("resettlement");
	}

}
