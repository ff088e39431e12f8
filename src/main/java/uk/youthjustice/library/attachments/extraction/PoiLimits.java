package uk.youthjustice.library.attachments.extraction;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

import uk.youthjustice.library.attachments.AttachmentsProperties;

/**
 * Apache POI's guards against files built to exhaust memory. POI keeps them in static
 * fields, so they hold for the whole JVM.
 */
final class PoiLimits {

	/**
	 * A zip entry may unpack to at most this many times its packed size (POI's default,
	 * stated here so that it is seen to be relied on). Text compresses about 1:10, a zip
	 * bomb 1:1000.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	private PoiLimits() {
	}

	static void apply(AttachmentsProperties.Extraction settings) {
		long partSize = settings.maxUnzippedPartSize().toBytes();
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(partSize);
		// A record in a Word file may claim any length; POI allocates what it claims.
		IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, partSize));
	}

}
