package uk.youthjustice.library.attachments.extraction;

import java.time.Duration;

/**
 * How long one file may take and how much of its text is kept. Extractors check the time
 * between pages, so a stopped reading ends soon after its deadline even where the library
 * reading the file does not notice the interruption.
 */
final class ReadingLimits {

	private final long deadlineNanos;

	private final Duration timeLimit;

	private int charactersLeft;

	private volatile boolean cancelled;

	ReadingLimits(Duration timeLimit, int maxCharacters) {
		this.timeLimit = timeLimit;
		this.deadlineNanos = System.nanoTime() + timeLimit.toNanos();
		this.charactersLeft = maxCharacters;
	}

	/**
	 * Throws once the time is up or the reading thread was interrupted.
	 * @throws TimeLimitExceeded when reading must stop
	 */
	void checkTime() {
		if (this.cancelled || System.nanoTime() - this.deadlineNanos > 0) {
			throw new TimeLimitExceeded(this.timeLimit);
		}
	}

	/** Makes the reading stop at its next check, from another thread. */
	void cancel() {
		this.cancelled = true;
	}

	/**
	 * Text fit to keep: without NUL characters (PostgreSQL refuses them in text) and cut
	 * once the file's allowance is used up.
	 * @param text text as read
	 * @return the part of it to keep, possibly empty
	 */
	String keep(String text) {
		String clean = text.replace("\u0000", "").strip();
		if (clean.length() <= this.charactersLeft) {
			this.charactersLeft -= clean.length();
			return clean;
		}
		int end = this.charactersLeft;
		if (end > 0 && Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		this.charactersLeft = 0;
		return clean.substring(0, end);
	}

	/** How many more characters of text will be kept. */
	int charactersLeft() {
		return this.charactersLeft;
	}

	/** Whether no more text will be kept. */
	boolean textFull() {
		return this.charactersLeft == 0;
	}

	/** Reading took longer than the time limit. */
	static final class TimeLimitExceeded extends RuntimeException {

		private final transient Duration limit;

		TimeLimitExceeded(Duration limit) {
			super("Reading took longer than " + limit, null, false, false);
			this.limit = limit;
		}

		Duration limit() {
			return this.limit;
		}

	}

}
