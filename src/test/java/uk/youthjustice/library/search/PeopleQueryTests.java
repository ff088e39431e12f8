package uk.youthjustice.library.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.search.PeopleQuery.Part;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleQueryTests {

	@Test
	void wordsAreAllRequired() {
		PeopleQuery query = PeopleQuery.parse("county lines  mentoring");

		assertThat(query.required()).containsExactly(List.of(word("county")), List.of(word("lines")),
				List.of(word("mentoring")));
		assertThat(query.excluded()).isEmpty();
	}

	@Test
	void quotedWordsAreAPhrase() {
		assertThat(PeopleQuery.parse("\"county lines\" parents").required())
			.containsExactly(List.of(new Part("county lines", true)), List.of(word("parents")));
	}

	@Test
	void aMinusExcludesAWordOrAPhrase() {
		PeopleQuery query = PeopleQuery.parse("custody -remand -\"secure unit\"");

		assertThat(query.required()).containsExactly(List.of(word("custody")));
		assertThat(query.excluded()).containsExactly(word("remand"), new Part("secure unit", true));
	}

	@Test
	void orJoinsTheWordsEitherSide() {
		assertThat(PeopleQuery.parse("mentoring OR coaching \"peer support\"").required())
			.containsExactly(List.of(word("mentoring"), word("coaching")), List.of(new Part("peer support", true)));
	}

	@Test
	void orWithNothingToJoinIsIgnoredAndLowerCaseOrIsAWord() {
		assertThat(PeopleQuery.parse("OR parenting OR").required()).containsExactly(List.of(word("parenting")));
		assertThat(PeopleQuery.parse("this or that").required()).hasSize(3);
	}

	@Test
	void anUnbalancedQuoteIsPunctuation() {
		assertThat(PeopleQuery.parse("\"county lines").required()).containsExactly(List.of(word("county")),
				List.of(word("lines")));
	}

	@Test
	void luceneSyntaxIsJustWords() {
		assertThat(PeopleQuery.parse("title:(a OR b) *:* ~2 ^3").required()).containsExactly(
				List.of(word("title:(a"), word("b)")), List.of(word("*:*")), List.of(word("~2")), List.of(word("^3")));
	}

	@Test
	void controlCharactersGoAndLongInputIsCutAtAWord() {
		assertThat(PeopleQuery.clean("null\u0000byte\u202Eright")).isEqualTo("nullbyteright");
		String cut = PeopleQuery.clean("word ".repeat(2_000));
		assertThat(cut).hasSizeLessThanOrEqualTo(PeopleQuery.LONGEST).endsWith("word");
		assertThat(PeopleQuery.parse("word ".repeat(2_000)).required()).hasSize(PeopleQuery.MOST_PARTS);
	}

	@Test
	void welshAndEmojiAreKept() {
		assertThat(PeopleQuery.parse("ysgol ŵyr \uD83D\uDE00").required()).hasSize(3);
		assertThat(PeopleQuery.parse(null).isEmpty()).isTrue();
		assertThat(PeopleQuery.parse("  ").isEmpty()).isTrue();
	}

	private static Part word(String text) {
		return new Part(text, false);
	}

}
