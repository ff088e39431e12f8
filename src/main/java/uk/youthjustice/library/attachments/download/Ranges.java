package uk.youthjustice.library.attachments.download;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;

/** The parts of range requests Spring MVC leaves to the application. */
final class Ranges {

	private Ranges() {
	}

	/**
	 * Whether a range may be served under an {@code If-Range} precondition (RFC 9110
	 * 13.1.5): with none, with a strong entity tag equal to the file's, or with exactly
	 * its modification date. Otherwise the file has changed since the client's part, and
	 * it gets the whole file.
	 */
	static boolean ifRangeHolds(String ifRange, Representation file) {
		if (ifRange == null) {
			return true;
		}
		String value = ifRange.trim();
		if (value.startsWith("\"") || value.startsWith("W/")) {
			return value.equals(file.etag());
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.IF_RANGE, value);
		try {
			return headers.getFirstDate(HttpHeaders.IF_RANGE) == file.lastModified().getEpochSecond() * 1000;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Whether a range request starts at the first byte, so counts as a download begun
	 * rather than one resumed.
	 */
	static boolean startsAtZero(String range, long size) {
		try {
			List<HttpRange> ranges = HttpRange.parseRanges(range);
			return !ranges.isEmpty() && ranges.get(0).getRangeStart(size) == 0;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
