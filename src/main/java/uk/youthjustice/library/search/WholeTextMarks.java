package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the searched words in a hit's title and summary, which the results show whole.
 * Each text is analysed again, as the words searched for are, using Lucene's unified
 * highlighter without a searcher: the tokens alone, where Hibernate Search's plain
 * highlighter builds an in-memory index of each hit's field for the whole query. What the
 * highlighter makes of the query is made once a search, for all its hits. A word found
 * through a synonym is not marked (it was not before either): marking it would mean the
 * indexing analysis, synonym graph and all, several times the cost.
 */
final class WholeTextMarks {

	/**
	 * The whole text is the one passage, so there is nothing to rank. Lucene's scorer
	 * builds a hash of the passage's words each time, with a 32 KB block: the most memory
	 * a search allocated.
	 */
	private static final PassageScorer UNRANKED = new PassageScorer() {

		@Override
		public float score(Passage passage, int contentLength) {
			return 1f;
		}

	};

	private final FieldHighlighter title;

	private final FieldHighlighter summary;

	/**
	 * @param analyzer the analyser of the words searched for
	 * @param title the words as a query on the title, or {@code null} when there are none
	 * @param summary likewise on the summary
	 */
	WholeTextMarks(Analyzer analyzer, Query title, Query summary) {
		Marker marker = new Marker(UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxLength(Integer.MAX_VALUE - 1)
			// Marking single words needs no in-memory index of the text, only its tokens;
			// a quoted phrase still builds one, to mark its words only where they are
			// together.
			.withWeightMatches(false)
			.withPassageRelevancyOverSpeed(false)
			.withScorer(UNRANKED)
			.withFormatter(new DefaultPassageFormatter(LibrarySearch.MARK, LibrarySearch.END_MARK, "", true)));
		this.title = (title != null) ? marker.forField("title", title) : null;
		this.summary = (summary != null) ? marker.forField("summary", summary) : null;
	}

	/** The title, HTML-escaped, with the words marked. */
	String title(String text) {
		return mark(this.title, text);
	}

	/** The summary likewise, or {@code null} when there is none. */
	String summary(String text) {
		return mark(this.summary, text);
	}

	private static String mark(FieldHighlighter highlighter, String text) {
		if (text == null) {
			return null;
		}
		if (highlighter == null) {
			return HtmlUtils.htmlEscape(text);
		}
		try {
			Object marked = highlighter.highlightFieldForDoc(null, -1, text);
			return (marked != null) ? (String) marked : HtmlUtils.htmlEscape(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The unified highlighter, asked for one field's highlighter to use on many texts.
	 */
	private static final class Marker extends UnifiedHighlighter {

		Marker(Builder builder) {
			super(builder);
		}

		FieldHighlighter forField(String field, Query query) {
			return getFieldHighlighter(field, query, extractTerms(query), 1);
		}

	}

}
