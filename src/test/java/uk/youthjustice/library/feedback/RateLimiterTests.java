package uk.youthjustice.library.feedback;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final AtomicLong nanos = new AtomicLong();

	private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return RateLimiterTests.this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	});

	@Test
	void grantsTheCapacityThenRefusesWithTheWaitForTheNextAction() {
		assertThat(this.limiter.tryAcquire("192.0.2.1").granted()).isTrue();
		assertThat(this.limiter.tryAcquire("192.0.2.1").granted()).isTrue();
		assertThat(this.limiter.tryAcquire("192.0.2.1").granted()).isTrue();

		RateLimiter.Permit refused = this.limiter.tryAcquire("192.0.2.1");

		assertThat(refused.granted()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void keysHaveTheirOwnAllowance() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire("192.0.2.1");
		}
		assertThat(this.limiter.tryAcquire("192.0.2.1").granted()).isFalse();
		assertThat(this.limiter.tryAcquire("192.0.2.2").granted()).isTrue();
	}

	@Test
	void refillsSteadilyOverThePeriod() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire("192.0.2.1");
		}
		this.nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.limiter.tryAcquire("192.0.2.1").granted()).isFalse();

		this.nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.limiter.tryAcquire("192.0.2.1")).isEqualTo(new RateLimiter.Permit(true, Duration.ZERO));
		assertThat(this.limiter.tryAcquire("192.0.2.1").granted()).isFalse();
	}

}
