package uk.youthjustice.library.search.analytics;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the analytics keep of the words people type: one spelling for a search whatever
 * its case, width or spacing, and no email addresses, telephone numbers or other long
 * numbers.
 */
class SearchNormaliserTests {

	@Test
	void lowerCaseWithSpacesCollapsedAndTrimmed() {
		assertThat(SearchNormaliser.words("  County\tLINES \n\r for  15-year-olds  "))
			.isEqualTo("county lines for 15-year-olds");
		assertThat(SearchNormaliser.words("YOT")).isEqualTo(SearchNormaliser.words("yot"));
	}

	@Test
	void nothingTypedIsEmpty() {
		assertThat(SearchNormaliser.words(null)).isEmpty();
		assertThat(SearchNormaliser.words("")).isEmpty();
		assertThat(SearchNormaliser.words(" \t\n\u00a0\u3000 ")).isEmpty();
	}

	@Test
	void compatibilityFormsAreFolded() {
		// Full-width letters, a non-breaking space, a ligature and circled digits.
		assertThat(SearchNormaliser.words("ＣＳＥ\u00a0\ufb01nd ①")).isEqualTo("cse find 1");
		// Composed and decomposed accents are one spelling.
		assertThat(SearchNormaliser.words("Cafe\u0301 Gŵyl")).isEqualTo(SearchNormaliser.words("Café gŵyl"));
	}

	@Test
	void turkishCapitalIIsLowerCasedTheSameEverywhere() {
		assertThat(SearchNormaliser.words("TITLE")).isEqualTo("title");
		assertThat(SearchNormaliser.words("İstanbul")).startsWith("i").endsWith("stanbul");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			email john.smith@example.org about him         | email [email] about him
			JOHN.SMITH@EXAMPLE.ORG.UK                      | [email]
			contact:jo+yot@council.gov.uk,thanks           | contact:[email],thanks
			o'brien@example.co.uk                          | [email]
			séan@exämple.ie please                         | [email] please
			name@localhost                                 | [email]
			ｊｏ＠ｅｘａｍｐｌｅ．ｏｒｇ                     | [email]
			""")
	void emailAddressesAreReplaced(String typed, String kept) {
		assertThat(SearchNormaliser.words(typed)).isEqualTo(kept);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			call 07700 900123 today           | call [phone] today
			07700900123                       | [phone]
			+44 7700 900123                   | [phone]
			+44 (0)20 7946 0018               | [phone]
			0044 20 7946 0018                 | [phone]
			(020) 7946 0018                   | [phone]
			020-7946-0018                     | [phone]
			0161.496.0000                     | [phone]
			01632 960 001                     | [phone]
			447700900123                      | [phone]
			tel07700900123                    | tel[phone]
			０７７００ ９００１２３            | [phone]
			+1 555 010 9999                   | [phone]
			""")
	void telephoneNumbersAreReplaced(String typed, String kept) {
		assertThat(SearchNormaliser.words(typed)).isEqualTo(kept);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			nhs 943 476 5919             | nhs [number]
			case 123456789               | case [number]
			ni QQ 12 34 56 C             | ni [number]
			qq123456c                    | [number]
			""")
	void otherPersonalNumbersAreReplaced(String typed, String kept) {
		assertThat(SearchNormaliser.words(typed)).isEqualTo(kept);
	}

	@ParameterizedTest
	@ValueSource(strings = { "county lines 15", "ages 10-17", "2019 2020 2021 2022", "section 20",
			"childline 0800 1111", "999", "covid19", "10 to 14", "1 2 3 4 5 6 7 8", "ete 16-18 year olds" })
	void ordinaryNumbersStay(String typed) {
		assertThat(SearchNormaliser.words(typed)).isEqualTo(typed);
	}

	@Test
	void aQueryTenThousandCharactersLongIsCutTo200QuicklyAndStillCleaned() {
		String typed = "John.Smith@example.org " + "07700 900123, ".repeat(20) + "word ".repeat(2000);
		String kept = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SearchNormaliser.words(typed));
		assertThat(typed.length()).isGreaterThan(10_000);
		assertThat(kept).hasSizeLessThanOrEqualTo(SearchNormaliser.MAX_WORDS)
			.startsWith("[email] [phone], [phone],")
			.endsWith("wo")
			.doesNotContain("john")
			.doesNotContainPattern("\\d");
	}

	@Test
	void pathologicalInputCostsOnePass() {
		String digitsAndSpaces = "1 ".repeat(5_000) + "x";
		String dots = "a.".repeat(5_000) + "@";
		String mixed = "+(".repeat(5_000);
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertThat(SearchNormaliser.words(digitsAndSpaces)).startsWith("[number]");
			assertThat(SearchNormaliser.words(dots)).hasSizeLessThanOrEqualTo(SearchNormaliser.MAX_WORDS);
			assertThat(SearchNormaliser.words(mixed)).hasSizeLessThanOrEqualTo(SearchNormaliser.MAX_WORDS);
		});
	}

	@Test
	void emojiAreKeptWholeEvenWhereTheCutFalls() {
		assertThat(SearchNormaliser.words("👩‍👧 family 🙂")).isEqualTo("👩‍👧 family 🙂");
		String kept = SearchNormaliser.words("a".repeat(199) + "🙂🙂");
		assertThat(kept).isEqualTo("a".repeat(199));
		assertThat(SearchNormaliser.words("🙂".repeat(150))).hasSize(200).isEqualTo("🙂".repeat(100));
	}

	@Test
	void nullBytesControlAndInvisibleCharactersGo() {
		assertThat(SearchNormaliser.words("county\u0000lines")).isEqualTo("county lines");
		assertThat(SearchNormaliser.words("\u0000\u0000")).isEmpty();
		assertThat(SearchNormaliser.words("co\u200bunty \u202eenil\u202c \ufeff")).isEqualTo("county enil");
		assertThat(SearchNormaliser.words("lone \ud800 surrogate \udc00")).isEqualTo("lone surrogate");
		assertThat(SearchNormaliser.words("\u0007bell\u001b[31m")).isEqualTo("bell [31m");
	}

	@Test
	void filtersAreKeptInOneOrderWithoutPersonalDataOrNonFilters() {
		assertThat(SearchNormaliser.filters("topic=county-lines&age=15&category=custody"))
			.isEqualTo("age=15&category=custody&topic=county-lines");
		assertThat(SearchNormaliser.filters("q=words&page=3&sort=newest&type=guidance")).isEqualTo("type=guidance");
		assertThat(SearchNormaliser.filters("publisher=Youth+Justice+Board"))
			.isEqualTo("publisher=Youth+Justice+Board");
		assertThat(SearchNormaliser.filters("publisher=jo%40example.org&publisher=0770+0900+123"))
			.isEqualTo("publisher=%5Bemail%5D&publisher=%5Bphone%5D");
		assertThat(SearchNormaliser.filters("topic=a&topic=a&topic=")).isEqualTo("topic=a");
		assertThat(SearchNormaliser.filters("year=100%&%zz=1&<b>=x")).isEqualTo("year=100%25");
		assertThat(SearchNormaliser.filters(null)).isNull();
		assertThat(SearchNormaliser.filters("")).isNull();
		assertThat(SearchNormaliser.filters("page=2")).isNull();
		assertThat(SearchNormaliser.filters("a\u0000b=c")).isNull();
	}

	@Test
	void twoHundredFiltersAreCutAtAParameterBoundary() {
		String many = IntStream.range(0, 200)
			.mapToObj((n) -> "topic=topic-number-" + n)
			.collect(Collectors.joining("&"));
		String kept = SearchNormaliser.filters(many);
		assertThat(kept).hasSizeLessThanOrEqualTo(SearchNormaliser.MAX_FILTERS)
			.startsWith("topic=")
			.doesNotEndWith("&");
		assertThat(SearchNormaliser.pairs(kept))
			.allSatisfy((pair) -> assertThat(pair.getValue()).matches("topic-number-\\d+"));
	}

	@Test
	void keptFiltersReadBackAsPairs() {
		assertThat(SearchNormaliser.pairs("age=15&publisher=Youth+Justice+Board"))
			.containsExactly(Map.entry("age", "15"), Map.entry("publisher", "Youth Justice Board"));
		assertThat(SearchNormaliser.pairs(null)).isEmpty();
	}

}
