package uk.youthjustice.library.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.attachments.UploadRefused;
import uk.youthjustice.library.catalogue.Resource;

/**
 * What editors do with a resource's attachments, through the attachments feature's public
 * API: list them for the resource's overview, take a file from a form, attach, describe,
 * move and remove. An attachment is always looked up through its resource, so an address
 * that pairs a resource with another resource's attachment finds nothing.
 */
@Service
public class EditorialAttachments {

	/** Said when a refusal's own message is missing. */
	static final String REFUSED = "editorial.attachment.refused";

	/** Said when the content store could not take a file. */
	static final String NOT_STORED = "editorial.attachment.file.not-stored";

	private static final Logger log = LoggerFactory.getLogger(EditorialAttachments.class);

	private final Attachments attachments;

	private final EditableResources resources;

	private final MessageSource messages;

	EditorialAttachments(Attachments attachments, EditableResources resources, MessageSource messages) {
		this.attachments = attachments;
		this.resources = resources;
		this.messages = messages;
	}

	/** A resource's attachments in order, for its overview. */
	public List<AttachmentRow> rows(long resourceId) {
		List<Attachment> files = this.attachments.forResource(resourceId);
		List<AttachmentRow> rows = new ArrayList<>(files.size());
		for (int index = 0; index < files.size(); index++) {
			rows.add(AttachmentRow.of(files.get(index), index == 0, index == files.size() - 1));
		}
		return rows;
	}

	/** The title of the resource with this id, if there is one. */
	Optional<String> resourceTitle(long resourceId) {
		return this.resources.findById(resourceId).map(Resource::getTitle);
	}

	/** One attachment of this resource. */
	Optional<AttachmentRow> row(long resourceId, long attachmentId) {
		return rows(resourceId).stream().filter((row) -> row.id() == attachmentId).findFirst();
	}

	/**
	 * The file a form brings: the one chosen this time, checked and stored, or else the
	 * one it kept from an earlier attempt, if that is still stored. A refused file is
	 * reported on {@code field}, naming the file and why.
	 * @throws IOException when the bytes could not be read or stored
	 */
	Optional<StoredFile> fileOf(AttachmentForm form, Errors errors, String field) throws IOException {
		if (form.hasUpload()) {
			try (InputStream content = form.file().getInputStream()) {
				return Optional.of(this.attachments.receive(form.file().getOriginalFilename(), content));
			}
			catch (UploadRefused refused) {
				errors.rejectValue(field, refused.getCode(), refused.getArguments(), explain(refused));
				return Optional.empty();
			}
			catch (IOException ex) {
				// The store could not take it (a full disk, say): the form is shown again
				// with
				// what the editor typed, and nothing of the file is left behind.
				log.warn("An uploaded file could not be stored: {}", ex.toString());
				errors.rejectValue(field, NOT_STORED);
				return Optional.empty();
			}
		}
		if (form.hasKept()) {
			return this.attachments.received(form.sha256(), form.fileName());
		}
		return Optional.empty();
	}

	/** Attaches a received file after the resource's others; its text is read later. */
	Attachment attach(long resourceId, StoredFile file, AttachmentForm form) {
		return this.attachments.attach(resourceId, file, form.titleFor(file), form.accessibleFormatOnRequest());
	}

	/** Changes what readers see of one of the resource's attachments. */
	boolean describe(long resourceId, long attachmentId, AttachmentDetailsForm form) {
		if (row(resourceId, attachmentId).isEmpty()) {
			return false;
		}
		this.attachments.describe(attachmentId, form.title().strip(), form.accessibleFormatOnRequest());
		return true;
	}

	/**
	 * Moves one of the resource's attachments a place up (negative) or down; past either
	 * end of the list, nothing moves.
	 * @return whether it moved
	 */
	boolean move(long resourceId, long attachmentId, int places) {
		List<Long> ids = rows(resourceId).stream().map(AttachmentRow::id).toList();
		int from = ids.indexOf(attachmentId);
		int to = from + places;
		if (from < 0 || to < 0 || to >= ids.size()) {
			return false;
		}
		this.attachments.move(attachmentId, places);
		return true;
	}

	/** Takes one of the resource's attachments off it. */
	boolean remove(long resourceId, long attachmentId) {
		if (row(resourceId, attachmentId).isEmpty()) {
			return false;
		}
		this.attachments.remove(attachmentId);
		return true;
	}

	// The refusal's own message (attachments.refused.*) when it has one, else a general
	// one naming the file, so that a new reason never shows an editor a message code.
	private String explain(UploadRefused refused) {
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { refused.getCode(), REFUSED }, refused.getArguments()),
				LocaleContextHolder.getLocale());
	}

}
