package uk.youthjustice.library.attachments.extraction;

import java.time.Clock;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.AttachmentTextExtracted;
import uk.youthjustice.library.attachments.ExtractionResult;

/** The attachments the worker reads, and the recording of what it found. */
@Component
class ExtractionRecorder {

	private final ExtractionQueue queue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	ExtractionRecorder(ExtractionQueue queue, ApplicationEventPublisher events, Clock clock) {
		this.queue = queue;
		this.events = events;
		this.clock = clock;
	}

	/** The file behind an attachment, or empty when it was removed meanwhile. */
	@Transactional(readOnly = true)
	Optional<FileToRead> fileOf(Long attachmentId) {
		return Optional.ofNullable(this.entityManager.find(Attachment.class, attachmentId))
			.map((attachment) -> new FileToRead(attachment.getSha256(), attachment.getMediaType(),
					attachment.getFileName()));
	}

	/**
	 * Records the outcome and removes the job, in one transaction, and announces it to
	 * the other features once that commits.
	 * @return false when the claim no longer held (taken over, or the attachment
	 * removed): nothing was recorded
	 */
	@Transactional
	boolean record(ExtractionQueue.Claim claim, ExtractionResult result) {
		if (!this.queue.finish(claim)) {
			return false;
		}
		Attachment attachment = this.entityManager.find(Attachment.class, claim.attachmentId());
		if (attachment == null) {
			return false;
		}
		attachment.recordExtraction(result, this.clock.instant());
		this.events
			.publishEvent(new AttachmentTextExtracted(attachment.getId(), attachment.getResourceId(), result.status()));
		return true;
	}

	/**
	 * @param sha256 the content address
	 * @param mediaType the media type it was stored as
	 * @param fileName the name it was uploaded under, for the log
	 */
	record FileToRead(String sha256, String mediaType, String fileName) {
	}

}
