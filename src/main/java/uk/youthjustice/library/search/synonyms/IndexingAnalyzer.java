package uk.youthjustice.library.search.synonyms;

import java.io.IOException;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer documents are indexed with: {@link EnglishAnalysis} with the synonyms
 * applied at the time. Lucene keeps an analyzer's token streams per thread and reuses
 * them; here a stream is reused only while the synonyms it was built with are still the
 * applied ones, so that a reindex after {@link Synonyms#apply()} uses the new synonyms on
 * every thread without a new analyzer (Hibernate Search holds on to the instance it was
 * given at start-up).
 */
final class IndexingAnalyzer extends Analyzer {

	private final Supplier<SynonymMap> applied;

	IndexingAnalyzer(Supplier<SynonymMap> applied) {
		super(new ReuseWhileApplied());
		this.applied = applied;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		SynonymMap synonyms = this.applied.get();
		Tokenizer source = new StandardTokenizer();
		TokenStream words = EnglishAnalysis.beforeSynonyms(source);
		// An empty map has no automaton, which the synonym filter refuses.
		if (synonyms.fst != null) {
			// The index cannot hold a token graph: flattening keeps each synonym at the
			// position of the words it stands for. Words and rules are lower-cased
			// already,
			// so the filter need not fold case again for every word it looks up.
			words = new FlattenGraphFilter(new SynonymGraphFilter(words, synonyms, false));
		}
		return new TokenStreamComponents(source, new BuiltWith(EnglishAnalysis.afterSynonyms(words), synonyms));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return EnglishAnalysis.normalize(in);
	}

	/** Marks the end of a chain with the synonyms it was built with. */
	private static final class BuiltWith extends TokenFilter {

		private final SynonymMap synonyms;

		BuiltWith(TokenStream input, SynonymMap synonyms) {
			super(input);
			this.synonyms = synonyms;
		}

		@Override
		public boolean incrementToken() throws IOException {
			return this.input.incrementToken();
		}

	}

	/** One chain a thread for every field, dropped once other synonyms are applied. */
	private static final class ReuseWhileApplied extends ReuseStrategy {

		@Override
		public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
			TokenStreamComponents components = (TokenStreamComponents) getStoredValue(analyzer);
			if (components == null) {
				return null;
			}
			SynonymMap current = ((IndexingAnalyzer) analyzer).applied.get();
			return (((BuiltWith) components.getTokenStream()).synonyms == current) ? components : null;
		}

		@Override
		public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
			setStoredValue(analyzer, components);
		}

	}

}
