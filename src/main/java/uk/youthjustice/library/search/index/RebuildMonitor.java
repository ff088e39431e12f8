package uk.youthjustice.library.search.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureHandler;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the mass indexer reports, from its own threads, so that the admin page and
 * the command can say how far a rebuild has got and how long is left.
 */
class RebuildMonitor implements MassIndexingMonitor, MassIndexingFailureHandler {

	/** Too soon after the first document to tell a rate from noise. */
	private static final Duration SETTLING = Duration.ofSeconds(1);

	/** Failures logged with their stack trace; the rest are only counted. */
	private static final long LOGGED_FAILURES = 10;

	private static final Logger log = LoggerFactory.getLogger(RebuildMonitor.class);

	private final Clock clock;

	private final Instant startedAt;

	private final AtomicLong indexed = new AtomicLong();

	private final AtomicLong total = new AtomicLong(-1);

	private final AtomicLong failures = new AtomicLong();

	private final AtomicReference<Instant> firstIndexedAt = new AtomicReference<>();

	RebuildMonitor(Clock clock) {
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	Instant startedAt() {
		return this.startedAt;
	}

	long indexed() {
		return this.indexed.get();
	}

	long total() {
		return this.total.get();
	}

	long failures() {
		return this.failures.get();
	}

	/** How far the rebuild has got now. */
	RebuildProgress progress() {
		Instant now = this.clock.instant();
		long done = this.indexed.get();
		long all = this.total.get();
		Instant first = this.firstIndexedAt.get();
		double perSecond = 0;
		Duration left = null;
		if (first != null && done > 0) {
			Duration indexing = Duration.between(first, now);
			if (indexing.compareTo(SETTLING) >= 0) {
				perSecond = done / (indexing.toNanos() / 1e9);
				if (all >= 0) {
					left = Duration.ofMillis((long) (Math.max(0, all - done) / perSecond * 1000));
				}
			}
		}
		return new RebuildProgress(done, all, this.startedAt, Duration.between(this.startedAt, now), perSecond, left);
	}

	@Override
	public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
		return new MassIndexingTypeGroupMonitor() {

			@Override
			public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
				started.totalCount().ifPresent(RebuildMonitor.this::addToTotal);
			}

			@Override
			public void documentsIndexed(long increment) {
			}

			@Override
			public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
			}

		};
	}

	private void addToTotal(long count) {
		this.total.updateAndGet((current) -> Math.max(0, current) + count);
	}

	@Override
	public void documentsAdded(long increment) {
		this.firstIndexedAt.compareAndSet(null, this.clock.instant());
		this.indexed.addAndGet(increment);
	}

	@Override
	public void documentsBuilt(long increment) {
	}

	@Override
	public void entitiesLoaded(long increment) {
	}

	@Override
	public void indexingCompleted() {
	}

	@Override
	public void handle(MassIndexingFailureContext context) {
		long count = this.failures.incrementAndGet();
		if (count <= LOGGED_FAILURES) {
			log.warn("Rebuilding the search index: {}", context, context.throwable());
		}
		else if (count == LOGGED_FAILURES + 1) {
			log.warn("Rebuilding the search index: more failures; only their number is kept from now on");
		}
	}

}
