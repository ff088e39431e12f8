package uk.youthjustice.library.search.synonyms;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which phrases stand whole for a group's one-word synonym, and which word that is. */
class OneWordSynonymTests {

	private static final SynonymMap STANDARD = SynonymRules.parse(EnglishAnalysisTests.standardSynonyms());

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "children in care, lac", "Looked After Children, lac", "child in care, lac",
			"youth offending team, yot", "Youth Justice Services, yot", "release on temporary licence, rotl",
			"child criminal exploitation, cce", "black asian and minority ethnic, bame" })
	void aPhraseThatIsAllOneSynonymIsItsGroupsFirstWord(String phrase, String word) {
		assertThat(OneWordSynonym.of(STANDARD, phrase)).contains(word);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "children in care police", "girls in the youth offending team", "in care",
			"offending team", "county lines", "LAC", "yot", "", "special educational needs" })
	void otherPhrasesAndSingleWordsHaveNone(String phrase) {
		// A mapping one way ("special educational needs => sen, send, …") does not keep
		// the words typed, so they are not all one synonym.
		assertThat(OneWordSynonym.of(STANDARD, phrase)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "children in care", "youth offending team" })
	void withoutSynonymsNothingIsOneWord(String phrase) {
		assertThat(OneWordSynonym.of(SynonymRules.parse(""), phrase)).isEmpty();
		assertThat(OneWordSynonym.of(SynonymRules.parse("mentoring, befriending scheme"), phrase)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "befriending scheme", "Befriending Schemes" })
	void anEditorsGroupGivesItsOneWordToo(String phrase) {
		assertThat(OneWordSynonym.of(SynonymRules.parse("mentoring, befriending scheme, befriending schemes"), phrase))
			.contains("mentoring");
	}

}
