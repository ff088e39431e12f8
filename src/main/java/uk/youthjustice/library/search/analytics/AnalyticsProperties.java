package uk.youthjustice.library.search.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code library.search.analytics.*}.
 *
 * @param retention how long searches and the results chosen from them are kept; 365 days
 * unless set. The privacy notice states it.
 */
@ConfigurationProperties("library.search.analytics")
record AnalyticsProperties(Duration retention) {

	AnalyticsProperties {
		retention = (retention != null) ? retention : Duration.ofDays(365);
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException(
					"library.search.analytics.retention must be longer than zero, not " + retention);
		}
	}

	/** The retention period in whole months, as the pages state it; at least 1. */
	long retentionMonths() {
		return Math.max(1, Math.round(this.retention.toDays() * 12 / 365.0));
	}

}
