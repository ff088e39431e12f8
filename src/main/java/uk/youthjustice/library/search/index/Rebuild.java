package uk.youthjustice.library.search.index;

import java.util.concurrent.CompletableFuture;

/**
 * One run of the rebuild: what it is doing now, and its outcome once it ends.
 */
final class Rebuild {

	private final RebuildReason reason;

	private final String requestedBy;

	private final RebuildMonitor monitor;

	private final CompletableFuture<RebuildOutcome> finished = new CompletableFuture<>();

	Rebuild(RebuildReason reason, String requestedBy, RebuildMonitor monitor) {
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.monitor = monitor;
	}

	RebuildReason reason() {
		return this.reason;
	}

	String requestedBy() {
		return this.requestedBy;
	}

	RebuildMonitor monitor() {
		return this.monitor;
	}

	RebuildProgress progress() {
		return this.monitor.progress();
	}

	/** Completes, never exceptionally, once the rebuild has ended either way. */
	CompletableFuture<RebuildOutcome> finished() {
		return this.finished;
	}

}
