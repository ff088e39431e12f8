package uk.youthjustice.library.search.analytics;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180: commas, CRLF, quotes doubled) that editors open in a spreadsheet. What
 * the public typed must stay text there: a cell starting with {@code = + - @}, a tab or a
 * carriage return would be read as a formula (CSV injection), so it gets a leading
 * apostrophe, as OWASP advises. The file starts with a byte order mark, without which
 * Excel reads UTF-8 as Windows-1252.
 */
final class SpreadsheetCsv implements Closeable {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Europe/London"));

	private final CSVPrinter printer;

	SpreadsheetCsv(Writer writer) throws IOException {
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
	}

	void row(List<String> cells) throws IOException {
		this.printer.printRecord(cells.stream().map(SpreadsheetCsv::cell).toList());
	}

	/** A cell's text made safe to open in a spreadsheet. */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

	/** A time as the cell shows it: London time, to the minute. */
	static String dateTime(Instant instant) {
		return DATE_TIME.format(instant);
	}

	/** Sends what is written; the writer stays open, as it belongs to the caller. */
	@Override
	public void close() throws IOException {
		this.printer.flush();
	}

}
