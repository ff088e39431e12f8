package uk.youthjustice.library.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code library.operations.*}: what the health checks and the metrics
 * endpoint need.
 *
 * @param minFreeSpace readiness is down when the data directory’s or the content store’s
 * disk has less free space than this
 * @param metricsToken a secret that lets a scraper read {@code /actuator/prometheus} with
 * {@code Authorization: Bearer <token>}; without it only signed-in administrators may
 */
@ConfigurationProperties("library.operations")
public record OperationsProperties(DataSize minFreeSpace, String metricsToken) {

	public OperationsProperties {
		minFreeSpace = (minFreeSpace != null) ? minFreeSpace : DataSize.ofMegabytes(100);
		metricsToken = (metricsToken != null && !metricsToken.isBlank()) ? metricsToken : null;
	}

}
