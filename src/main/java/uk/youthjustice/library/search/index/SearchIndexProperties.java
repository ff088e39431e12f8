package uk.youthjustice.library.search.index;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code library.search.index.*}: how a rebuild reads the database.
 *
 * @param loadingThreads threads loading resources and building their documents, each with
 * a database connection of its own
 * @param batchSize resources loaded by one query
 * @param progressInterval how often the {@code reindex} command prints a progress line
 */
@ConfigurationProperties("library.search.index")
record SearchIndexProperties(int loadingThreads, int batchSize, Duration progressInterval) {

	SearchIndexProperties {
		loadingThreads = (loadingThreads > 0) ? loadingThreads : 2;
		batchSize = (batchSize > 0) ? batchSize : 50;
		progressInterval = (progressInterval != null && !progressInterval.isNegative() && !progressInterval.isZero())
				? progressInterval : Duration.ofSeconds(5);
	}

}
