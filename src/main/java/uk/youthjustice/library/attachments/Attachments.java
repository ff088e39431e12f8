package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachments feature's public surface. Files arrive in two steps: {@link #receive}
 * checks and stores the bytes (so a form that fails validation keeps its file), then
 * {@link #attach} gives them a place on a resource.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

	static final String PDF = "application/pdf";

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	private final AttachmentRepository attachments;

	private final ContentStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PdfTextReader pdfText = new PdfTextReader();

	Attachments(AttachmentRepository attachments, ContentStore store, ApplicationEventPublisher events, Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks a file's type from its bytes and stores it, without attaching it anywhere
	 * yet.
	 * @param fileName the name the uploader gave it, cleaned before it is kept
	 * @param content the bytes, read to the end but not closed
	 * @return the stored file
	 * @throws UploadRefused when the file is empty, of a refused type, or its content
	 * contradicts its name
	 * @throws IOException when the bytes could not be stored
	 */
	public StoredFile receive(String fileName, InputStream content) throws IOException {
		// Interim: replaced by the upload checks of issue 04.
		StoredFile stored = this.store.store(content, fileName, "application/octet-stream");
		String type;
		try (InputStream bytes = this.store.open(stored.sha256())) {
			type = new Tika().detect(bytes, fileName);
		}
		return new StoredFile(stored.sha256(), stored.sizeBytes(), fileName, type);
	}

	/**
	 * A file received earlier, found again by its address, as a form carries it between
	 * attempts. Its type is checked again rather than trusted from the form.
	 * @param sha256 the file's content address
	 * @param fileName the name it was received under
	 * @return the file, or empty when no such content is stored
	 */
	public Optional<StoredFile> received(String sha256, String fileName) {
		// Interim, until the upload checks of issue 04 replace it: found by address, its
		// type detected again from the bytes.
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || fileName == null || fileName.isBlank()) {
			return Optional.empty();
		}
		Path file = this.store.path(sha256);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (InputStream bytes = this.store.open(sha256)) {
			String type = new Tika().detect(bytes, fileName);
			return Optional.of(new StoredFile(sha256, Files.size(file), fileName, type));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Attaches a received file to a resource, after the files it already has, and queues
	 * it to be read.
	 */
	@Transactional
	public Attachment attach(Long resourceId, StoredFile file, String title, boolean accessibleFormatOnRequest) {
		int position = this.attachments.findByResourceIdOrderByPosition(resourceId).size();
		Attachment attachment = new Attachment(resourceId, position, title, file);
		attachment.describe(title, accessibleFormatOnRequest);
		readText(attachment);
		return this.attachments.save(attachment);
	}

	/**
	 * Changes an attachment's title and whether an accessible format can be asked for.
	 */
	@Transactional
	public void describe(Long attachmentId, String title, boolean accessibleFormatOnRequest) {
		this.attachments.findById(attachmentId)
			.ifPresent((attachment) -> attachment.describe(title, accessibleFormatOnRequest));
	}

	/**
	 * Moves an attachment up or down its resource's list.
	 * @param attachmentId the attachment
	 * @param places how far: negative is up
	 */
	@Transactional
	public void move(Long attachmentId, int places) {
		this.attachments.findById(attachmentId).ifPresent((attachment) -> {
			List<Attachment> siblings = new ArrayList<>(forResource(attachment.getResourceId()));
			int from = siblings.indexOf(attachment);
			int to = Math.max(0, Math.min(siblings.size() - 1, from + places));
			siblings.add(to, siblings.remove(from));
			renumber(siblings);
		});
	}

	/**
	 * Takes an attachment off its resource. Its bytes stay until the orphan sweep finds
	 * no attachment using them.
	 */
	@Transactional
	public void remove(Long attachmentId) {
		this.attachments.findById(attachmentId).ifPresent((attachment) -> {
			this.attachments.delete(attachment);
			List<Attachment> rest = new ArrayList<>(forResource(attachment.getResourceId()));
			rest.remove(attachment);
			renumber(rest);
			this.events.publishEvent(new AttachmentRemoved(attachment.getId(), attachment.getResourceId()));
		});
	}

	private static void renumber(List<Attachment> ordered) {
		for (int position = 0; position < ordered.size(); position++) {
			ordered.get(position).moveTo(position);
		}
	}

	public Optional<Attachment> find(Long attachmentId) {
		return this.attachments.findById(attachmentId);
	}

	public List<Attachment> forResource(Long resourceId) {
		return this.attachments.findByResourceIdOrderByPosition(resourceId);
	}

	public long count() {
		return this.attachments.count();
	}

	private void readText(Attachment attachment) {
		// Interim: reading moves to the background extraction jobs of issue 04.
		if (!PDF.equals(attachment.getMediaType())) {
			attachment.recordExtraction(ExtractionResult.unread(ExtractionStatus.NOT_SUPPORTED, null),
					this.clock.instant());
			return;
		}
		try {
			List<String> pages = this.pdfText.readPages(this.store.path(attachment.getSha256()));
			ExtractionStatus status = pages.stream().allMatch(String::isBlank) ? ExtractionStatus.NO_TEXT_LAYER
					: ExtractionStatus.EXTRACTED;
			attachment.recordExtraction(
					new ExtractionResult(status, null, pages, true, pages.size(), null, null, null, false),
					this.clock.instant());
		}
		catch (InvalidPasswordException ex) {
			attachment.recordExtraction(
					ExtractionResult.unread(ExtractionStatus.ENCRYPTED, "The PDF is protected by a password."),
					this.clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not read the text of attachment '{}': {}", attachment.getFileName(), ex.getMessage());
			attachment.recordExtraction(
					ExtractionResult.unread(ExtractionStatus.FAILED, String.valueOf(ex.getMessage())),
					this.clock.instant());
		}
	}

}
