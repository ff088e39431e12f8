package uk.youthjustice.library.search.synonyms;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The one word that indexing writes in place of a phrase of several: a synonym of one
 * word that a group gives the whole phrase ({@code lac} for “children in care”). Indexing
 * writes it wherever any of the group is written, so a search for it finds what the
 * phrase finds, and what the phrase's other synonyms find, by one word's list of
 * resources instead of the phrase's words' positions.
 */
final class OneWordSynonym {

	private OneWordSynonym() {
	}

	/**
	 * The first one-word synonym that stands for the whole of the phrase, as the synonym
	 * filter gives them; none for a single word, or a phrase that is not all one synonym.
	 */
	static Optional<String> of(SynonymMap synonyms, String phrase) {
		if (synonyms.fst == null) {
			return Optional.empty();
		}
		Tokenizer source = new StandardTokenizer();
		source.setReader(new StringReader(phrase));
		try (TokenStream graph = new SynonymGraphFilter(EnglishAnalysis.beforeSynonyms(source), synonyms, false)) {
			CharTermAttribute term = graph.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = graph.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = graph.addAttribute(PositionLengthAttribute.class);
			TypeAttribute type = graph.addAttribute(TypeAttribute.class);
			graph.reset();
			int position = -1;
			int end = 0;
			int words = 0;
			String first = null;
			int firstLength = 0;
			while (graph.incrementToken()) {
				position += increment.getPositionIncrement();
				end = Math.max(end, position + length.getPositionLength());
				boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
				if (!synonym) {
					words++;
				}
				else if (position == 0 && first == null && length.getPositionLength() > 1) {
					first = term.toString();
					firstLength = length.getPositionLength();
				}
			}
			graph.end();
			// Spanning the whole graph, the synonym stands for every word of the phrase.
			return (words > 1 && first != null && firstLength == end) ? Optional.of(first) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
