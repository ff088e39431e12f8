package uk.youthjustice.library.attachments.download;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.attachments.Attachments;

/**
 * Counts downloads in memory, where counting costs a download nothing, and adds them to
 * the database in one batch a minute and at shutdown. A crash loses at most the last
 * interval's counts.
 */
@Component
class DownloadCounter {

	private static final Logger log = LoggerFactory.getLogger(DownloadCounter.class);

	private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final Attachments attachments;

	/** {@code library.downloads}: every download begun on this node, for the metrics. */
	private final Counter downloads;

	DownloadCounter(Attachments attachments, MeterRegistry meters) {
		this.attachments = attachments;
		this.downloads = Counter.builder("library.downloads")
			.description("Attachment downloads begun on this node")
			.register(meters);
	}

	/** One more download of an attachment begun. */
	void count(Long attachmentId) {
		this.pending.computeIfAbsent(attachmentId, (id) -> new LongAdder()).increment();
		this.downloads.increment();
	}

	/**
	 * Moves the counts so far into the database; counts that could not be written are
	 * kept for the next time.
	 */
	@Scheduled(fixedDelayString = "${library.attachments.download-counts-interval:60s}",
			initialDelayString = "${library.attachments.download-counts-interval:60s}")
	@PreDestroy
	void flush() {
		// Each adder is emptied atomically, cell by cell, so a download counted meanwhile
		// lands either in this batch or the next.
		Map<Long, Long> batch = new HashMap<>();
		this.pending.forEach((id, adder) -> {
			long downloads = adder.sumThenReset();
			if (downloads > 0) {
				batch.put(id, downloads);
			}
		});
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.attachments.addDownloads(batch);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record {} attachments' download counts, keeping them for the next time: {}",
					batch.size(), ex.getMessage());
			batch.forEach((id, downloads) -> this.pending.get(id).add(downloads));
		}
	}

}
