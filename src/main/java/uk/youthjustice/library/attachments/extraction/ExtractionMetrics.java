package uk.youthjustice.library.attachments.extraction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.youthjustice.library.attachments.AttachmentTextExtracted;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * Metrics of background reading: {@code library.extraction.queue}, the files waiting in
 * the shared queue (all nodes’), and {@code library.extraction.files}, the files this
 * node finished reading, by {@code outcome} (EXTRACTED, NO_TEXT_LAYER, ENCRYPTED,
 * FAILED…).
 */
@Component
class ExtractionMetrics implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(ExtractionMetrics.class);

	private final ExtractionQueue queue;

	private MeterRegistry registry;

	ExtractionMetrics(ExtractionQueue queue) {
		this.queue = queue;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("library.extraction.queue", this::waiting)
			.description("Attachments waiting to be read, on every node")
			.baseUnit("files")
			.register(registry);
		// Every outcome from the start, so that a rate over a series that was absent is
		// never needed.
		for (ExtractionStatus outcome : ExtractionStatus.values()) {
			if (outcome != ExtractionStatus.PENDING) {
				counter(registry, outcome);
			}
		}
	}

	/** Counted once the outcome is committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void read(AttachmentTextExtracted event) {
		MeterRegistry meters = this.registry;
		if (meters != null) {
			counter(meters, event.status()).increment();
		}
	}

	private static Counter counter(MeterRegistry registry, ExtractionStatus outcome) {
		return Counter.builder("library.extraction.files")
			.description("Attachments read on this node, by outcome")
			.tag("outcome", outcome.name())
			.register(registry);
	}

	/** The queue’s length, or NaN (no sample) while the database cannot be asked. */
	private double waiting() {
		try {
			return this.queue.waiting();
		}
		catch (RuntimeException ex) {
			log.debug("Could not count the extraction queue: {}", ex.toString());
			return Double.NaN;
		}
	}

}
