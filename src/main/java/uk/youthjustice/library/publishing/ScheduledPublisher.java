package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled resources when their time comes. The schedule lives in the database
 * (status SCHEDULED and publish_at), so nothing is lost by a restart: the job runs once
 * as soon as the library is up, for whatever fell due while it was down, and then every
 * {@code library.publishing.interval}. Each resource is published in its own transaction;
 * when two nodes reach the same one, optimistic locking lets one win and the other skip
 * it.
 */
@Component
class ScheduledPublisher {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

	private final Publishing publishing;

	private final Clock clock;

	/**
	 * What each overdue incomplete resource lacked when last reported, so the log says it
	 * once rather than on every run.
	 */
	private final Map<Long, List<Requirement>> reported = new ConcurrentHashMap<>();

	ScheduledPublisher(Publishing publishing, Clock clock) {
		this.publishing = publishing;
		this.clock = clock;
	}

	/**
	 * Runs before the library reports itself ready. A failure here must not stop the
	 * library starting: the timer tries again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void publishWhatFellDueWhileStopped() {
		try {
			publishDueNow();
		}
		catch (RuntimeException ex) {
			log.error("Could not publish scheduled resources at start-up; trying again in a moment", ex);
		}
	}

	@Scheduled(fixedDelayString = "${library.publishing.interval:30s}",
			initialDelayString = "${library.publishing.interval:30s}")
	void publishDueNow() {
		publishDue(this.clock.instant());
	}

	/**
	 * Publishes every resource scheduled at or before the given time that is complete.
	 * @return how many this call published
	 */
	int publishDue(Instant now) {
		List<Long> due = this.publishing.scheduledUpTo(now);
		this.reported.keySet().retainAll(due);
		int published = 0;
		for (Long id : due) {
			try {
				Publishing.Attempt attempt = this.publishing.publishIfDue(id, now);
				List<Requirement> missing = attempt.missing();
				if (attempt.published()) {
					published++;
				}
				else if (!missing.isEmpty() && !missing.equals(this.reported.put(id, missing))) {
					log.warn("Scheduled resource {} was due at {} but is not complete ({}): it stays scheduled "
							+ "and is published once an editor completes it", id, now, missing);
				}
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Scheduled resource {} was changed elsewhere meanwhile (another node?); skipped", id);
			}
			catch (RuntimeException ex) {
				log.error("Could not publish scheduled resource {}; trying the others", id, ex);
			}
		}
		if (published > 0) {
			log.info("Published {} scheduled resource(s)", published);
		}
		return published;
	}

}
