package uk.youthjustice.library.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoundInFilesTests {

	@Test
	void aShortPassageIsShownWhole() {
		assertThat(FoundInFiles.around("The <mark>wombat</mark> protocol."))
			.isEqualTo("The <mark>wombat</mark> protocol.");
	}

	@Test
	void aLongPassageIsCutAtSpacesAroundTheFirstMatch() {
		String before = "early words ".repeat(40);
		String after = " later words".repeat(40);
		String snippet = FoundInFiles.around(before + "<mark>wombat</mark>" + after);

		assertThat(snippet).startsWith("\u2026").endsWith("\u2026").contains("<mark>wombat</mark>");
		assertThat(snippet.length()).isLessThan(300);
		assertThat(snippet).doesNotContain("  ");
	}

	@Test
	void aMarkCutOpenIsClosedAndEscapesAreNeverSplit() {
		String passage = "a&amp;b ".repeat(20) + "<mark>x</mark> " + "c ".repeat(70) + "<mark>" + "long ".repeat(40)
				+ "</mark>";
		String snippet = FoundInFiles.around(passage);

		assertThat(snippet.split("<mark>", -1).length).isEqualTo(snippet.split("</mark>", -1).length);
		assertThat(snippet.replace("\u2026", "")).doesNotStartWith("amp;").doesNotStartWith("mp;");
	}

}
