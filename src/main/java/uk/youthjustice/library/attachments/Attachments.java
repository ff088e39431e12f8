package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The attachments feature's public surface: attaching files and listing them. */
@Service
@Transactional(readOnly = true)
public class Attachments {

	static final String PDF = "application/pdf";

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	private final AttachmentRepository attachments;

	private final ContentStore store;

	private final PdfTextReader pdfText = new PdfTextReader();

	Attachments(AttachmentRepository attachments, ContentStore store) {
		this.attachments = attachments;
		this.store = store;
	}

	/**
	 * Stores a file and attaches it to a resource, after the ones it already has. The
	 * file is safely stored before the row is written, so a row never points at missing
	 * bytes.
	 */
	@Transactional
	public Attachment attach(Long resourceId, String title, String fileName, String mediaType, InputStream content)
			throws IOException {
		StoredFile file = this.store.store(content, fileName, mediaType);
		int position = this.attachments.findByResourceIdOrderByPosition(resourceId).size();
		Attachment attachment = new Attachment(resourceId, position, title, file);
		readText(attachment);
		return this.attachments.save(attachment);
	}

	public List<Attachment> forResource(Long resourceId) {
		return this.attachments.findByResourceIdOrderByPosition(resourceId);
	}

	public long count() {
		return this.attachments.count();
	}

	private void readText(Attachment attachment) {
		if (!PDF.equals(attachment.getMediaType())) {
			attachment.recordFailure(ExtractionStatus.NOT_SUPPORTED, null);
			return;
		}
		try {
			attachment.recordText(this.pdfText.readPages(this.store.path(attachment.getSha256())));
		}
		catch (InvalidPasswordException ex) {
			attachment.recordFailure(ExtractionStatus.ENCRYPTED, "The PDF is protected by a password.");
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not read the text of attachment '{}': {}", attachment.getFileName(), ex.getMessage());
			attachment.recordFailure(ExtractionStatus.FAILED, String.valueOf(ex.getMessage()));
		}
	}

}
