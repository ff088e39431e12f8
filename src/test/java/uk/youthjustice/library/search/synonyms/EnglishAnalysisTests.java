package uk.youthjustice.library.search.synonyms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search analyzers token by token, through Lucene's own API: stemming that joins the
 * forms practitioners mean alike and keeps unrelated words apart, folding, and synonyms
 * expanded both ways at indexing only.
 */
class EnglishAnalysisTests {

	private final Analyzer search = EnglishAnalysis.search();

	private final AtomicReference<SynonymMap> applied = new AtomicReference<>(SynonymRules.parse(standardSynonyms()));

	private final Analyzer indexing = new IndexingAnalyzer(this.applied::get);

	@ParameterizedTest(name = "{0} is stemmed as {1}")
	@CsvSource({ "organisation, organisation", "organisations, organisation", "organisational, organisation",
			"exploited, exploit", "exploitation, exploit", "exploit, exploit", "exploiting, exploit", "children, child",
			"child, child", "offending, offend", "offend, offend", "offender, offender", "offenders, offender",
			"offence, offence", "offences, offence", "resettlement, resettle", "resettle, resettle",
			"parenting, parent", "parents, parent", "looked, look", "look, look", "caring, care", "care, care",
			"education, education", "educational, education", "mentoring, mentor", "mentor, mentor", "licence, licence",
			"licences, licence", "programme, programme", "programmes, programme", "behaviour, behaviour",
			"behaviours, behaviour", "practise, practice", "practising, practice", "practice, practice",
			"practices, practice", "needs, need", "diversion, diversion", "divert, divert" })
	void wordsAreStemmedForBritishEnglish(String word, String stem) {
		assertThat(tokens(this.search, word)).containsExactly(stem);
		assertThat(tokens(this.indexing, word)).containsExactly(stem);
	}

	@ParameterizedTest(name = "{0} and {1} stay apart")
	@CsvSource({ "organ, organisation", "university, universe", "community, communication", "experience, experiment",
			"police, policy", "general, generation", "offender, offence" })
	void unrelatedWordsAreNotJoined(String one, String other) {
		assertThat(tokens(this.search, one)).doesNotContainAnyElementsOf(tokens(this.search, other));
	}

	@Test
	void accentsAndCaseAreFolded() {
		assertThat(tokens(this.search, "Café CAFÉ café")).containsExactly("cafe", "cafe", "cafe");
		// Welsh circumflexes: Gŵyl (festival), tŷ (house), ŵyr (grandson).
		assertThat(tokens(this.search, "Gŵyl TŶ Ŵyr")).containsExactly("gwyl", "ty", "wyr");
		assertThat(tokens(this.search, "ORGANISATIONS Organisation's children\u2019s")).containsExactly("organisation",
				"organisation", "child");
	}

	@Test
	void termsLeftUnanalysedAreFoldedNotStemmed() {
		// Prefix and fuzzy queries only normalise their term.
		assertThat(this.search.normalize("field", "ORGANISATIONS").utf8ToString()).isEqualTo("organisations");
		assertThat(this.indexing.normalize("field", "Gŵyl Café").utf8ToString()).isEqualTo("gwyl cafe");
	}

	@Test
	void commonWordsAreLeftOutKeepingTheirPlace() {
		assertThat(tokensWithPositions(this.search, "the child in care")).containsExactly("child@1", "care@3");
	}

	@Test
	void anAbbreviationIsIndexedWithItsLongForms() {
		assertThat(tokens(this.indexing, "The YOT met")).contains("yot", "youth", "offend", "team", "service",
				"justice", "yos", "yjs", "met");
		assertThat(tokens(this.search, "The YOT met")).containsExactly("yot", "met");
	}

	@Test
	void aLongFormIsIndexedWithItsAbbreviations() {
		assertThat(tokens(this.indexing, "Youth Offending Team")).contains("yot", "yos", "yjs", "youth", "offend",
				"team");
		assertThat(tokens(this.indexing, "support for children in care")).contains("lac", "cla", "look", "child",
				"care");
		assertThat(tokens(this.indexing, "LAC reviews")).contains("lac", "cla", "child", "care", "review");
		assertThat(tokens(this.indexing, "Looked-after children")).contains("lac", "cla");
	}

	@Test
	void theSynonymsOfAPhraseTakeItsPlace() {
		// "youth offending team" then "met": each long form's words at the phrase's
		// positions, so phrase searches for the long form still match.
		List<String> tokens = tokensWithPositions(this.indexing, "YOT met");
		assertThat(tokens).contains("yot@0", "youth@0", "offend@1", "team@2");
		assertThat(tokens.get(tokens.size() - 1)).isEqualTo("met@3");
	}

	@Test
	void sendWorksOneWay() {
		assertThat(tokens(this.indexing, "SEN support")).contains("send", "sen", "special", "education", "need");
		assertThat(tokens(this.indexing, "special educational needs")).contains("send", "sen");
		assertThat(tokens(this.indexing, "please send the form")).containsExactly("please", "send", "form");
	}

	@Test
	void appliedSynonymsReachAnAnalyzerAlreadyInUse() {
		// Lucene reuses a thread's chain: this one was built with the standard synonyms.
		Analyzer wrapped = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return EnglishAnalysisTests.this.indexing;
			}
		};
		assertThat(tokens(wrapped, "zorbing")).containsExactly("zorb");

		this.applied.set(SynonymRules.parse("zorbing, bubble football"));

		assertThat(tokens(wrapped, "zorbing")).contains("zorb", "bubble", "football");
		assertThat(tokens(wrapped, "YOT")).containsExactly("yot");
	}

	@Test
	void noSynonymsAtAllStillIndexes() {
		this.applied.set(SynonymRules.parse("# nothing but a note\n"));

		assertThat(tokens(this.indexing, "YOT organisations")).containsExactly("yot", "organisation");
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		return analyse(analyzer, text, false);
	}

	static List<String> tokensWithPositions(Analyzer analyzer, String text) {
		return analyse(analyzer, text, true);
	}

	private static List<String> analyse(Analyzer analyzer, String text, boolean positions) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(positions ? term + "@" + position : term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	static String standardSynonyms() {
		try (InputStream in = EnglishAnalysisTests.class.getResourceAsStream("/search/synonyms.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
