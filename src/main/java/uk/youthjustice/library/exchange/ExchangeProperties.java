package uk.youthjustice.library.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code library.exchange.*}: the limits that keep an import from filling
 * the disk or the memory (a zip bomb).
 *
 * @param maxEntries the most entries an export zip may hold
 * @param maxUnzippedSize the most bytes an export may unpack to, the manifest and every
 * file together, counted as they are read (a zip's own figures can lie)
 * @param maxManifestSize the largest manifest read, which is held in memory
 */
@ConfigurationProperties("library.exchange")
record ExchangeProperties(Integer maxEntries, DataSize maxUnzippedSize, DataSize maxManifestSize) {

	ExchangeProperties {
		maxEntries = (maxEntries != null) ? maxEntries : 200_000;
		maxUnzippedSize = (maxUnzippedSize != null) ? maxUnzippedSize : DataSize.ofGigabytes(20);
		maxManifestSize = (maxManifestSize != null) ? maxManifestSize : DataSize.ofMegabytes(512);
	}

}
