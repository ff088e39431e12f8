package uk.youthjustice.library.attachments;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code library.attachments.*}.
 *
 * @param store the content store's root directory; {@code <library.data-dir>/files} when
 * not set
 * @param maxFileSize the largest file an editor may upload
 * @param orphanGrace how long stored bytes no attachment refers to are kept (a form
 * carrying a received file between attempts needs them)
 * @param sweepInterval how often the orphan sweep runs
 * @param downloadCountsInterval how often download counts kept in memory are added to the
 * database (also at shutdown)
 */
@ConfigurationProperties("library.attachments")
public record AttachmentsProperties(Path store, DataSize maxFileSize, Duration orphanGrace, Duration sweepInterval,
		Duration downloadCountsInterval) {

	public AttachmentsProperties {
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(50);
		orphanGrace = (orphanGrace != null) ? orphanGrace : Duration.ofHours(24);
		sweepInterval = (sweepInterval != null) ? sweepInterval : Duration.ofHours(1);
		downloadCountsInterval = (downloadCountsInterval != null) ? downloadCountsInterval : Duration.ofSeconds(60);
	}

}
