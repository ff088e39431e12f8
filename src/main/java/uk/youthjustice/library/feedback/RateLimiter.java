package uk.youthjustice.library.feedback;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Allows each client (by a key such as its address) a number of actions per period: a
 * token bucket per key that refills steadily, so a client that waits a little may act
 * again. Buckets live in memory only, on this node, and are forgotten one period after
 * their last use, when they would be full again anyway.
 */
public final class RateLimiter {

	// Bounds memory under a flood of distinct addresses; an evicted client starts afresh.
	private static final long MAXIMUM_CLIENTS = 100_000;

	private final int capacity;

	private final Duration period;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	/**
	 * A limiter allowing {@code capacity} actions per {@code period} for each key.
	 * @param capacity how many actions a client may take at once
	 * @param period how long the bucket takes to refill completely
	 */
	public RateLimiter(int capacity, Duration period) {
		this(capacity, period, TimeMeter.SYSTEM_NANOTIME);
	}

	RateLimiter(int capacity, Duration period, TimeMeter time) {
		this.capacity = capacity;
		this.period = period;
		this.time = time;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAXIMUM_CLIENTS).build();
	}

	/** Takes one action from the key's allowance, if any is left. */
	public Permit tryAcquire(String key) {
		ConsumptionProbe probe = this.buckets.get(key, (ignored) -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Permit.GRANTED
				: new Permit(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.capacity).refillGreedy(this.capacity, this.period))
			.withCustomTimePrecision(this.time)
			.build();
	}

	/**
	 * The answer to one request for an action.
	 *
	 * @param granted whether the action may go ahead
	 * @param retryAfter how long to wait before the next action would be granted; zero
	 * when granted
	 */
	public record Permit(boolean granted, Duration retryAfter) {

		static final Permit GRANTED = new Permit(true, Duration.ZERO);

	}

}
