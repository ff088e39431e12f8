package uk.youthjustice.library.search.index;

/** A rebuild was asked for while another runs: one at a time. */
class RebuildRefused extends RuntimeException {

	private final transient Rebuild running;

	RebuildRefused(Rebuild running) {
		super("The search index is already being rebuilt (since " + running.monitor().startedAt() + ")");
		this.running = running;
	}

	Rebuild running() {
		return this.running;
	}

}
