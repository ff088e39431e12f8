package uk.youthjustice.library.attachments.extraction;

import java.util.Optional;

/**
 * Whether a claim on a queued file was made by a run of the library on this machine that
 * has stopped. A claimant reads {@code pid@host#start/claim}; claims written before the
 * start time was added read {@code pid@host/claim}.
 */
final class AbandonedClaim {

	private AbandonedClaim() {
	}

	/**
	 * @param claimant the claim's {@code claimed_by}
	 * @param node this run's own name, {@code pid@host#start}
	 * @return true when the claim is from this machine and its process has stopped: this
	 * run's pid with another start time (a restart that got the same pid), or another pid
	 * that no longer runs
	 */
	static boolean isAbandoned(String claimant, String node) {
		Optional<Node> claimedBy = Node.parse(claimant.substring(0, Math.max(0, claimant.lastIndexOf('/'))));
		Optional<Node> self = Node.parse(node);
		if (claimedBy.isEmpty() || self.isEmpty() || !claimedBy.get().host().equals(self.get().host())) {
			return false;
		}
		if (claimedBy.get().pid() == self.get().pid()) {
			return !claimedBy.get().start().equals(self.get().start());
		}
		return ProcessHandle.of(claimedBy.get().pid()).map((process) -> !process.isAlive()).orElse(true);
	}

	private record Node(long pid, String host, String start) {

		static Optional<Node> parse(String text) {
			int at = text.indexOf('@');
			if (at <= 0) {
				return Optional.empty();
			}
			int hash = text.indexOf('#', at);
			String host = (hash < 0) ? text.substring(at + 1) : text.substring(at + 1, hash);
			String start = (hash < 0) ? "" : text.substring(hash + 1);
			try {
				return Optional.of(new Node(Long.parseLong(text.substring(0, at)), host, start));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

}
