package uk.youthjustice.library.faults;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks again and again until an answer passes, or a deadline: never a fixed sleep. */
final class Poll {

	private static final Duration PAUSE = Duration.ofMillis(100);

	private Poll() {
	}

	/**
	 * The first answer that passes the check.
	 * @throws AssertionError with the last answer when none passes in time
	 */
	static <T> T until(Duration timeout, Supplier<T> ask, Predicate<T> check, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		T last = null;
		while (true) {
			try {
				last = ask.get();
				if (check.test(last)) {
					return last;
				}
			}
			catch (UncheckedIOException ex) {
				// Not listening yet, or the connection cut: ask again.
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(what + " not seen within " + timeout + "; last answer: " + last);
			}
			LockSupport.parkNanos(PAUSE.toNanos());
		}
	}

}
