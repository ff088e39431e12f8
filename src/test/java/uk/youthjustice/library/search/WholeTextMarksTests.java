package uk.youthjustice.library.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.search.synonyms.EnglishAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class WholeTextMarksTests {

	private final Analyzer analyzer = EnglishAnalysis.search();

	private final QueryBuilder queries = new QueryBuilder(this.analyzer);

	@Test
	void marksEveryFoundWordInTheWholeTextAndEscapesTheRest() {
		WholeTextMarks marks = new WholeTextMarks(this.analyzer,
				this.queries.createBooleanQuery("title", "county lines", Occur.SHOULD), null);

		String title = marks.title("County <lines> and more lines");

		assertThat(title).startsWith("<mark>County</mark> &lt;<mark>lines</mark>&gt;")
			.endsWith(" and more <mark>lines</mark>");
		assertThat(marks.summary("No <words>")).isEqualTo("No &lt;words&gt;");
	}

	@Test
	void aPhraseIsMarkedOnlyWhereItsWordsAreTogether() {
		WholeTextMarks marks = new WholeTextMarks(this.analyzer,
				this.queries.createPhraseQuery("title", "county lines"), null);

		assertThat(marks.title("Lines of a county, then county lines"))
			.isEqualTo("Lines of a county, then <mark>county</mark> <mark>lines</mark>");
	}

}
