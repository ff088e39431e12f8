package uk.youthjustice.library.search.analytics;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes searches older than {@code library.search.analytics.retention}, and the results
 * chosen from them, once a day at a quiet hour. Running it twice, or on two servers at
 * once, does no harm.
 */
@Component
class SearchAnalyticsRetention {

	private static final Logger log = LoggerFactory.getLogger(SearchAnalyticsRetention.class);

	private final AnalyticsRepository repository;

	private final AnalyticsProperties properties;

	private final Clock clock;

	SearchAnalyticsRetention(AnalyticsRepository repository, AnalyticsProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "0 40 3 * * *", zone = "Europe/London")
	void deleteExpiredSearchesNow() {
		try {
			deleteExpiredSearches(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Could not delete old searches from the search analytics; trying again tomorrow", ex);
		}
	}

	/**
	 * Deletes what is older than the retention period at the given time.
	 * @return how many searches were deleted
	 */
	int deleteExpiredSearches(Instant now) {
		int deleted = this.repository.deleteSearchedBefore(now.minus(this.properties.retention()));
		if (deleted > 0) {
			log.info("Deleted {} search(es) older than {} from the search analytics", deleted,
					this.properties.retention());
		}
		return deleted;
	}

}
