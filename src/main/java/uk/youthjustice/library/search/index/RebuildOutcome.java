package uk.youthjustice.library.search.index;

import java.time.Duration;
import java.time.Instant;

/**
 * How a rebuild ended.
 *
 * @param reason why it ran
 * @param requestedBy who asked for it, or {@code null} when the library started it
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param indexed resources written to the index
 * @param total resources there were to index, or -1 if it failed before counting them
 * @param failures resources that could not be indexed
 * @param error why it failed, or {@code null} when it finished
 */
record RebuildOutcome(RebuildReason reason, String requestedBy, Instant startedAt, Instant finishedAt, long indexed,
		long total, long failures, String error) {

	/** Whether every resource was indexed. */
	boolean succeeded() {
		return this.error == null && this.failures == 0;
	}

	Duration duration() {
		return Duration.between(this.startedAt, this.finishedAt);
	}

	/** Resources indexed a second over the whole rebuild. */
	double perSecond() {
		double seconds = duration().toNanos() / 1e9;
		return (seconds > 0) ? this.indexed / seconds : 0;
	}

}
