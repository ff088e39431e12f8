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
 * @param extraction how files are read in the background
 */
@ConfigurationProperties("library.attachments")
public record AttachmentsProperties(Path store, DataSize maxFileSize, Duration orphanGrace, Duration sweepInterval,
		Duration downloadCountsInterval, Extraction extraction) {

	public AttachmentsProperties {
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(50);
		orphanGrace = (orphanGrace != null) ? orphanGrace : Duration.ofHours(24);
		sweepInterval = (sweepInterval != null) ? sweepInterval : Duration.ofHours(1);
		downloadCountsInterval = (downloadCountsInterval != null) ? downloadCountsInterval : Duration.ofSeconds(60);
		extraction = (extraction != null) ? extraction : new Extraction(null, null, 0, null, 0, null, 0);
	}

	/**
	 * How attachments are read in the background
	 * ({@code library.attachments.extraction.*}).
	 *
	 * @param interval how often each node looks for files waiting to be read, besides
	 * being woken when one is queued
	 * @param timeLimit how long reading one file may take before it is stopped and marked
	 * failed
	 * @param maxAttempts how many times a file is tried before it is marked failed (a
	 * node that stops while reading counts as an attempt)
	 * @param lease how long a claim on a file lasts; a claim older than this is taken to
	 * be from a node that stopped, and another node takes the file over. Longer than
	 * {@code timeLimit}.
	 * @param maxTextCharacters the most text kept from one file; the rest is dropped
	 * @param maxUnzippedPartSize the largest part of a Word or OpenDocument file (they
	 * are zip archives) that is unpacked; larger parts, and zip bombs, fail the file
	 * @param thumbnailWidth the width in pixels of the picture of a PDF's first page
	 */
	public record Extraction(Duration interval, Duration timeLimit, int maxAttempts, Duration lease,
			int maxTextCharacters, DataSize maxUnzippedPartSize, int thumbnailWidth) {

		public Extraction {
			interval = (interval != null) ? interval : Duration.ofSeconds(30);
			timeLimit = (timeLimit != null) ? timeLimit : Duration.ofMinutes(2);
			maxAttempts = (maxAttempts > 0) ? maxAttempts : 3;
			lease = (lease != null) ? lease : Duration.ofMinutes(5);
			maxTextCharacters = (maxTextCharacters > 0) ? maxTextCharacters : 5_000_000;
			maxUnzippedPartSize = (maxUnzippedPartSize != null) ? maxUnzippedPartSize : DataSize.ofMegabytes(100);
			thumbnailWidth = (thumbnailWidth > 0) ? thumbnailWidth : 200;
			if (lease.compareTo(timeLimit) <= 0) {
				throw new IllegalArgumentException(
						"library.attachments.extraction.lease (" + lease + ") must be longer than its time-limit ("
								+ timeLimit + "), or a file still being read is taken over by another node");
			}
		}

	}

}
