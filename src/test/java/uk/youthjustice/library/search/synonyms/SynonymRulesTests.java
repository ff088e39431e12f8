package uk.youthjustice.library.search.synonyms;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What editors may type as synonyms, and what each mistake is called. */
class SynonymRulesTests {

	@Test
	void theStandardSynonymsAreValid() {
		assertThat(SynonymRules.check(EnglishAnalysisTests.standardSynonyms())).isEmpty();
	}

	@Test
	void groupsMappingsNotesBlankLinesAndEscapedCommasAreAccepted() {
		String body = """
				# a note
				  # an indented note

				yot, youth offending team
				  cse ,child sexual exploitation,
				a\\,b, ab
				sen, special educational needs => sen, send
				lac,,cla
				\tete, education training and employment\r
				""";

		assertThat(SynonymRules.check(body)).isEmpty();
		assertThat(SynonymRules.parse(body).fst).isNotNull();
	}

	@Test
	void anEmptyTextHasNoSynonyms() {
		assertThat(SynonymRules.check("")).isEmpty();
		assertThat(SynonymRules.parse("").fst).isNull();
	}

	@Test
	void eachBadLineIsNamedWithWhatIsWrong() {
		String body = String.join("\n", "yot, youth offending team", ",,, ,", "zorbing", "a, b => c => d", "a =>",
				"=> b", "!!!, football", "a, , b", "a, b # note", "a, b\u0000", "a, b, zorbing", "YOT, yot");

		List<SynonymProblem> problems = SynonymRules.check(body);

		assertThat(problems).extracting(SynonymProblem::line, SynonymProblem::code)
			.containsExactly(tuple(2, "empty"), tuple(3, "one-term"), tuple(4, "mapping-twice"),
					tuple(5, "mapping-side"), tuple(6, "mapping-side"), tuple(7, "no-words"), tuple(8, "extra-comma"),
					tuple(9, "note"), tuple(10, "control"), tuple(12, "one-term"));
		assertThat(problems.get(5).messageArguments()).containsExactly(7, "!!!");
	}

	@Test
	void manyBadLinesAreCountedAfterTheFirstTen() {
		String body = "zorbing\n".repeat(25);

		List<SynonymProblem> problems = SynonymRules.check(body);

		assertThat(problems).hasSize(11);
		assertThat(problems.get(10).code()).isEqualTo("synonyms.error.more");
		assertThat(problems.get(10).messageArguments()).containsExactly(0, 15);
	}

	@Test
	void tooManyLinesOrCharactersAreRefusedWhole() {
		assertThat(SynonymRules.check("a, b\n".repeat(10_000))).extracting(SynonymProblem::code)
			.containsExactly("synonyms.error.too-many-lines");
		assertThat(SynonymRules.check("a, b\n".repeat(2_000))).isEmpty();
		assertThat(SynonymRules.check("abcdefghi,".repeat(10_001))).extracting(SynonymProblem::code)
			.containsExactly("synonyms.error.too-long");
	}

	@Test
	void binaryIsRefusedNeverThrown() {
		StringBuilder binary = new StringBuilder();
		for (char c = 0; c < 512; c++) {
			binary.append(c);
		}

		assertThat(SynonymRules.check(binary.toString())).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem.code()).startsWith("synonyms.error."));
	}

	@Test
	void textWithProblemsIsNotParsed() {
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymRules.parse("!!!, a"));
	}

	private static org.assertj.core.groups.Tuple tuple(int line, String code) {
		return org.assertj.core.groups.Tuple.tuple(line, "synonyms.error." + code);
	}

}
