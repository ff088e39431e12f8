package uk.youthjustice.library.search;

import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenSearchSpellingTests {

	@Test
	void checksEachWordOfFourOrMoreLettersOnceInLowerCase() {
		assertThat(OpenSearchSpelling.checkedWords("Youth cort and YOUTH jusitce, a b")).containsExactly("youth",
				"cort", "jusitce");
	}

	@Test
	void asksForACountAndBothFieldsSuggestionsPerWord() {
		JsonObject request = OpenSearchSpelling.request(List.of("jusitce"), 2);

		assertThat(request.get("size").getAsInt()).isZero();
		assertThat(request.getAsJsonObject("aggs").getAsJsonObject("known-0").toString()).isEqualTo(
				"{\"filter\":{\"multi_match\":{\"query\":\"jusitce\",\"fields\":[\"title_words\",\"summary_words\"]}}}");
		JsonObject suggest = request.getAsJsonObject("suggest");
		assertThat(suggest.keySet()).containsExactly("0-title_words", "0-summary_words");
		JsonObject term = suggest.getAsJsonObject("0-summary_words").getAsJsonObject("term");
		assertThat(suggest.getAsJsonObject("0-summary_words").get("text").getAsString()).isEqualTo("jusitce");
		assertThat(term.get("field").getAsString()).isEqualTo("summary_words");
		assertThat(term.get("suggest_mode").getAsString()).isEqualTo("always");
		assertThat(term.get("max_edits").getAsInt()).isEqualTo(2);
		assertThat(term.get("prefix_length").getAsInt()).isEqualTo(1);
		assertThat(term.get("string_distance").getAsString()).isEqualTo("damerau_levenshtein");
		assertThat(term.get("sort").getAsString()).isEqualTo("score");
	}

	@Test
	void asksForSpellingsAsFewEditsAwayAsAllowed() {
		JsonObject request = OpenSearchSpelling.request(List.of("jusitce"), Spelling.maxEdits(1));

		JsonObject term = request.getAsJsonObject("suggest").getAsJsonObject("0-title_words").getAsJsonObject("term");
		assertThat(term.get("max_edits").getAsInt()).isEqualTo(1);
	}

	@Test
	void aWordInEitherFieldIsLeftAlone() {
		JsonObject answer = answer(3, options("youth", option("yout", 0.75f, 9)), options("youth"));

		assertThat(OpenSearchSpelling.corrections(answer, List.of("youth"))).isEmpty();
	}

	@Test
	void titlesFirstWhenBothAreOneEditAway() {
		JsonObject answer = answer(0, options("cort", option("court", 0.8f, 2)),
				options("cort", option("cost", 0.75f, 40)));

		assertThat(OpenSearchSpelling.corrections(answer, List.of("cort"))).containsEntry("cort", "court");
	}

	@Test
	void oneEditInSummariesBeforeTwoInTitles() {
		JsonObject answer = answer(0, options("jusitce", option("justices", 0.75f, 50)),
				options("jusitce", option("justice", 0.85714287f, 1)));

		assertThat(OpenSearchSpelling.corrections(answer, List.of("jusitce"))).containsEntry("jusitce", "justice");
	}

	@Test
	void noCorrectionWhenNeitherFieldHasOne() {
		JsonObject answer = answer(0, options("xqzv"), options("xqzv"));

		assertThat(OpenSearchSpelling.corrections(answer, List.of("xqzv"))).isEmpty();
	}

	@Test
	void editsFollowTheSimilarityOfTheLongerWord() {
		assertThat(OpenSearchSpelling.edits("cort", "court", 0.8f)).isEqualTo(1);
		assertThat(OpenSearchSpelling.edits("jusitce", "justices", 0.75f)).isEqualTo(2);
		assertThat(OpenSearchSpelling.edits("jusitce", "justice", 0.85714287f)).isEqualTo(1);
		assertThat(OpenSearchSpelling.edits("abcdefg", "abcdef", 1 - 1 / 7f)).isEqualTo(1);
	}

	/** An answer for one word, numbered 0, as OpenSearch 2.19 gives it. */
	private static JsonObject answer(long known, String titleEntries, String summaryEntries) {
		return JsonParser.parseString("""
				{"took":3,"timed_out":false,"hits":{"max_score":null,"hits":[]},
				 "aggregations":{"known-0":{"doc_count":%d}},
				 "suggest":{"0-title_words":%s,"0-summary_words":%s}}
				""".formatted(known, titleEntries, summaryEntries)).getAsJsonObject();
	}

	private static String options(String text, String... options) {
		return "[{\"text\":\"%s\",\"offset\":0,\"length\":%d,\"options\":[%s]}]".formatted(text, text.length(),
				String.join(",", options));
	}

	private static String option(String text, float score, int freq) {
		return "{\"text\":\"%s\",\"score\":%s,\"freq\":%d}".formatted(text, score, freq);
	}

}
