package uk.youthjustice.library.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.search.PageHighlighter.Tally;

import static org.assertj.core.api.Assertions.assertThat;

class PageHighlighterTests {

	@Test
	void marksEachSpanAndEscapesTheRest() {
		assertThat(PageHighlighter.mark("Call 999 <now> & wait", List.of(new int[] { 10, 13 }, new int[] { 5, 8 })))
			.isEqualTo("Call <mark>999</mark> &lt;<mark>now</mark>&gt; &amp; wait");
	}

	@Test
	void overlappingSpansAreOneMark() {
		assertThat(PageHighlighter.mark("county lines work", List.of(new int[] { 0, 12 }, new int[] { 7, 12 })))
			.isEqualTo("<mark>county lines</mark> work");
	}

	@Test
	void spansBeyondTheTextAreLeftOutOrCut() {
		// Offsets from an index older than the page's text.
		assertThat(PageHighlighter.mark("short page", List.of(new int[] { 6, 40 }, new int[] { 50, 55 })))
			.isEqualTo("short <mark>page</mark>");
		assertThat(PageHighlighter.mark("short page", List.of(new int[] { -3, 2 }, new int[] { 4, 4 })))
			.isEqualTo("short page");
	}

	@Test
	void theBestPageHasTheMostDifferentWordsThenTheMostMatchesThenComesFirst() {
		Tally oneWordOften = tally("wombat", "wombat", "wombat");
		Tally twoWords = tally("wombat", "protocol");
		assertThat(PageHighlighter.bestOf(Map.of(3, oneWordOften, 7, twoWords))).isEqualTo(7);
		assertThat(PageHighlighter.bestOf(Map.of(3, tally("wombat"), 7, tally("wombat", "wombat")))).isEqualTo(7);
		assertThat(PageHighlighter.bestOf(Map.of(3, tally("wombat"), 7, tally("wombat")))).isEqualTo(3);
	}

	private static Tally tally(String... words) {
		Tally tally = new Tally();
		for (String word : words) {
			tally.queries().add(new TermQuery(new Term("attachmentText", word)));
			tally.spans().add(new int[] { 0, word.length() });
		}
		return tally;
	}

}
