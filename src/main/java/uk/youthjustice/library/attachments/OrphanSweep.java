package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stored bytes that no attachment refers to, once they have been left alone for
 * {@code library.attachments.orphan-grace}: files of removed attachments, and files
 * received by a form that was never completed. Bytes another attachment still uses stay,
 * and so does anything stored or found again within the grace period (a form about to
 * attach it). Unfinished uploads older than the grace period go too.
 */
@Component
class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	private final ContentStore store;

	private final AttachmentRepository attachments;

	private final AttachmentsProperties properties;

	private final Clock clock;

	OrphanSweep(ContentStore store, AttachmentRepository attachments, AttachmentsProperties properties, Clock clock) {
		this.store = store;
		this.attachments = attachments;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${library.attachments.sweep-interval:1h}",
			initialDelayString = "${library.attachments.sweep-interval:1h}")
	void sweepNow() {
		try {
			sweep(this.clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			log.error("The orphan sweep of the content store failed; it runs again later", ex);
		}
	}

	/**
	 * Sweeps the store as it stands at the given time.
	 * @return what was removed
	 */
	Swept sweep(Instant now) throws IOException {
		Instant cutoff = now.minus(this.properties.orphanGrace());
		List<ContentStore.StoredContent> old;
		try (Stream<ContentStore.StoredContent> stored = this.store.list()) {
			old = stored.filter((content) -> content.lastStored().isBefore(cutoff)).toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		// Read after listing, so a row committed meanwhile is seen; content kept for a
		// row yet to commit was refreshed and is no longer before the cutoff.
		Set<String> inUse = this.attachments.contentInUse();
		int files = 0;
		long bytes = 0;
		for (ContentStore.StoredContent content : old) {
			if (!inUse.contains(content.sha256()) && this.store.delete(content.sha256(), cutoff)) {
				log.info("Orphan sweep removed {} ({} bytes, last stored {})", content.sha256(), content.sizeBytes(),
						content.lastStored());
				files++;
				bytes += content.sizeBytes();
			}
		}
		int unfinished = this.store.discardUnfinished(cutoff);
		if (files > 0 || unfinished > 0) {
			log.info("Orphan sweep removed {} file(s), {} bytes, no attachment referred to, and {} unfinished "
					+ "upload(s)", files, bytes, unfinished);
		}
		return new Swept(files, bytes, unfinished);
	}

	/**
	 * What one sweep removed.
	 *
	 * @param files stored files no attachment referred to
	 * @param bytes their total size
	 * @param unfinished unfinished uploads
	 */
	record Swept(int files, long bytes, int unfinished) {
	}

}
