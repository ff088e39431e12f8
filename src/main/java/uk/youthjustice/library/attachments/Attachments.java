package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.attachments.upload.FileNames;
import uk.youthjustice.library.attachments.upload.FileTypes;
import uk.youthjustice.library.attachments.upload.SizeLimit;
import uk.youthjustice.library.attachments.download.AttachmentZip;
import uk.youthjustice.library.attachments.extraction.ExtractionQueue;

/**
 * The attachments feature's public surface. Files arrive in two steps: {@link #receive}
 * checks and stores the bytes (so a form that fails validation keeps its file), then
 * {@link #attach} gives them a place on a resource.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	private final AttachmentRepository attachments;

	private final ContentStore store;

	private final ApplicationEventPublisher events;

	private final ExtractionQueue extraction;

	private final Clock clock;

	private final FileTypes types = new FileTypes();

	private final SizeLimit sizeLimit;

	Attachments(AttachmentRepository attachments, ContentStore store, ApplicationEventPublisher events,
			ExtractionQueue extraction, Clock clock, AttachmentsProperties properties) {
		this.attachments = attachments;
		this.store = store;
		this.events = events;
		this.extraction = extraction;
		this.clock = clock;
		this.sizeLimit = new SizeLimit(properties.maxFileSize());
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
		String name = FileNames.clean(fileName);
		try (ContentStore.Incoming incoming = this.store.receive(this.sizeLimit.apply(content, name))) {
			FileTypes.Accepted accepted = this.types.check(incoming.path(), name);
			return incoming.keep(accepted.fileName(), accepted.mediaType());
		}
	}

	/**
	 * A file received earlier, found again by its address, as a form carries it between
	 * attempts. Its type is checked again rather than trusted from the form, and its
	 * bytes are marked as wanted so the orphan sweep leaves them for another grace
	 * period.
	 * @param sha256 the file's content address
	 * @param fileName the name it was received under
	 * @return the file, or empty when no such content is stored or it is refused under
	 * that name
	 */
	public Optional<StoredFile> received(String sha256, String fileName) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		try {
			if (!this.store.refresh(sha256)) {
				return Optional.empty();
			}
			Path file = this.store.path(sha256);
			FileTypes.Accepted accepted = this.types.check(file, fileName);
			return Optional.of(new StoredFile(sha256, Files.size(file), accepted.fileName(), accepted.mediaType()));
		}
		catch (IOException ex) {
			log.debug("Received file {} not found again as '{}': {}", sha256, fileName, ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Attaches a received file to a resource, after the files it already has, and queues
	 * it to be read in the background: it stays {@link ExtractionStatus#PENDING} until
	 * then.
	 */
	@Transactional
	public Attachment attach(Long resourceId, StoredFile file, String title, boolean accessibleFormatOnRequest) {
		int position = this.attachments.findByResourceIdOrderByPosition(resourceId).size();
		Attachment attachment = new Attachment(resourceId, position, title, file);
		attachment.describe(title, accessibleFormatOnRequest);
		Attachment saved = this.attachments.save(attachment);
		this.extraction.add(saved.getId(), this.clock.instant());
		return saved;
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

	/**
	 * The attachments with these ids, in one query, by id; ids no attachment has are left
	 * out.
	 */
	public Map<Long, Attachment> findAll(Collection<Long> attachmentIds) {
		Map<Long, Attachment> found = new HashMap<>();
		this.attachments.findAllById(attachmentIds).forEach((attachment) -> found.put(attachment.getId(), attachment));
		return found;
	}

	public List<Attachment> forResource(Long resourceId) {
		return this.attachments.findByResourceIdOrderByPosition(resourceId);
	}

	public long count() {
		return this.attachments.count();
	}

	/**
	 * Writes every file of a resource into one zip archive, in their order, each under
	 * its own name made unique ("notes.pdf", "notes (2).pdf"). The bytes are copied a
	 * buffer at a time, so no file is held whole in memory.
	 * @param resourceId the resource
	 * @param out where the archive goes; finished but not closed
	 * @throws IOException if a file cannot be read or the archive not written
	 */
	// Outside a transaction: a large zip to a slow reader must not hold a connection.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void writeZip(Long resourceId, OutputStream out) throws IOException {
		AttachmentZip.write(forResource(resourceId), this.store, out);
	}

	/**
	 * Adds downloads counted since the last time to the attachments' totals, one update a
	 * file. Counts for files removed meanwhile are dropped.
	 * @param downloads downloads by attachment id
	 */
	@Transactional
	public void addDownloads(Map<Long, Long> downloads) {
		downloads.forEach(this.attachments::addDownloads);
	}

}
