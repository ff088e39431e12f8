package uk.youthjustice.library.search.synonyms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The British English analysis chain, in two halves around the synonym filter that only
 * indexing has. Synonyms come before the stop filter because Lucene's synonym parser
 * refuses rules with holes ("children in care"), and before stemming so that rules are
 * written as people write the words. Stemming is KStem with a few overrides: see ADR 0015
 * for the comparison with Porter and the minimal stemmer.
 */
public final class EnglishAnalysis {

	/**
	 * Words KStem leaves apart that practitioners mean alike: an irregular plural, the
	 * British verb spelt differently from its noun, and two it keeps as dictionary words.
	 */
	private static final String[][] OVERRIDES = { { "children", "child" }, { "practise", "practice" },
			{ "practised", "practice" }, { "practises", "practice" }, { "practising", "practice" },
			{ "educational", "education" }, { "needs", "need" } };

	private static final StemmerOverrideMap STEM_OVERRIDES = overrides();

	private EnglishAnalysis() {
	}

	/**
	 * The stem overrides as {@code word => stem} rules, for engines configured by text
	 * (OpenSearch's {@code stemmer_override}).
	 */
	public static List<String> stemOverrideRules() {
		return Arrays.stream(OVERRIDES).map((override) -> override[0] + " => " + override[1]).toList();
	}

	/** The analyzer for what people type: the whole chain without synonyms. */
	public static Analyzer search() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, afterSynonyms(beforeSynonyms(source)));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return EnglishAnalysis.normalize(in);
			}
		};
	}

	/** The chain up to where synonyms apply: what the synonym parser reads rules with. */
	static Analyzer synonymRules() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, beforeSynonyms(source));
			}
		};
	}

	/**
	 * What a term that is not analysed (a prefix or fuzzy query's) gets: the folding, and
	 * not the stemming, of the whole chain.
	 */
	static TokenStream normalize(TokenStream term) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(term));
	}

	static TokenStream beforeSynonyms(Tokenizer source) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
	}

	static TokenStream afterSynonyms(TokenStream words) {
		TokenStream kept = new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return new KStemFilter(new StemmerOverrideFilter(kept, STEM_OVERRIDES));
	}

	private static StemmerOverrideMap overrides() {
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder();
		for (String[] override : OVERRIDES) {
			builder.add(override[0], override[1]);
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
