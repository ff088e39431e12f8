package uk.youthjustice.library.search.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV that spreadsheets read as the text the public typed, never as formulas. */
class SpreadsheetCsvTests {

	@Test
	void rfc4180QuotesWhatNeedsItAndEndsRowsWithCrLf() throws IOException {
		String csv = write(List.of("Search words", "Searches"), List.of("plain", "1"), List.of("comma, inside", "2"),
				List.of("say \"hello\"", "3"), List.of("two\nlines", "4"), List.of("", "5"));
		assertThat(csv).isEqualTo("\uFEFFSearch words,Searches\r\nplain,1\r\n\"comma, inside\",2\r\n"
				+ "\"say \"\"hello\"\"\",3\r\n\"two\nlines\",4\r\n\"\",5\r\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1" })
	void cellsThatASpreadsheetWouldTakeForAFormulaStartWithAnApostrophe(String typed) {
		assertThat(SpreadsheetCsv.cell(typed)).isEqualTo("'" + typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "county lines", "1+1", "a=b", "'quoted", "[email]", "ete 16-18" })
	void otherCellsAreKeptAsTheyAre(String typed) {
		assertThat(SpreadsheetCsv.cell(typed)).isEqualTo(typed);
	}

	@Test
	void aFormulaIsNeutralisedInsideQuotesToo() throws IOException {
		assertThat(write(List.of("=cmd|' /C calc'!A0, x"))).isEqualTo("\uFEFF\"'=cmd|' /C calc'!A0, x\"\r\n");
		assertThat(SpreadsheetCsv.cell(null)).isEmpty();
	}

	@Test
	void timesAreInLondonToTheMinute() {
		assertThat(SpreadsheetCsv.dateTime(Instant.parse("2026-07-01T09:05:59Z"))).isEqualTo("2026-07-01 10:05");
		assertThat(SpreadsheetCsv.dateTime(Instant.parse("2026-01-01T09:05:00Z"))).isEqualTo("2026-01-01 09:05");
	}

	@SafeVarargs
	private static String write(List<String>... rows) throws IOException {
		StringWriter writer = new StringWriter();
		try (SpreadsheetCsv csv = new SpreadsheetCsv(writer)) {
			for (List<String> row : rows) {
				csv.row(row);
			}
		}
		return writer.toString();
	}

}
