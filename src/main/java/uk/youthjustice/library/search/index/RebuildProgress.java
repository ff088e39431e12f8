package uk.youthjustice.library.search.index;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a running rebuild has got.
 *
 * @param indexed resources written to the index so far
 * @param total resources to index, or -1 while they are being counted
 * @param startedAt when the rebuild started
 * @param elapsed how long it has run
 * @param perSecond resources indexed a second since the first was, or 0 before then
 * @param left how long the rest should take at that rate, or {@code null} while too
 * little is done to tell
 */
record RebuildProgress(long indexed, long total, Instant startedAt, Duration elapsed, double perSecond, Duration left) {

	public boolean counted() {
		return this.total >= 0;
	}

	/** Percentage done, from 0 to 100. */
	public int percent() {
		if (this.total <= 0) {
			return counted() ? 100 : 0;
		}
		return (int) Math.min(100, this.indexed * 100 / this.total);
	}

}
