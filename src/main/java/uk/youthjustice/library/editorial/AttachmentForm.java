package uk.youthjustice.library.editorial;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

import uk.youthjustice.library.attachments.StoredFile;

/**
 * A file to attach, as the "Add attachment" page and the resource form send it: a new
 * upload, or the address and name of one received on an earlier attempt (carried in
 * hidden fields so that a form in error keeps its file, and checked again on every
 * submit, never trusted), with its title and whether an accessible format can be asked
 * for.
 *
 * @param file the file chosen this time, if any
 * @param title what readers see; blank means the file's name without its extension
 * @param accessibleFormatOnRequest whether an accessible format is available on request
 * @param sha256 the address of a file received on an earlier attempt, or blank
 * @param fileName the name of that file, or blank
 */
public record AttachmentForm(MultipartFile file,
		@Size(max = AttachmentForm.TITLE_LIMIT, message = "{editorial.attachment.title.too-long}") String title,
		Boolean accessibleFormatOnRequest, String sha256, String fileName) {

	/** As long as the attachment table's title column. */
	static final int TITLE_LIMIT = 300;

	/** Nothing chosen. */
	public static final AttachmentForm EMPTY = new AttachmentForm(null, "", false, null, null);

	public AttachmentForm {
		accessibleFormatOnRequest = Boolean.TRUE.equals(accessibleFormatOnRequest);
	}

	/**
	 * Whether a file was chosen this time; a browser sends an empty part when none is.
	 */
	boolean hasUpload() {
		return this.file != null && this.file.getOriginalFilename() != null
				&& !this.file.getOriginalFilename().isBlank();
	}

	/** Whether the form says it carries a file received on an earlier attempt. */
	boolean hasKept() {
		return NewContactForm.hasText(this.sha256) && NewContactForm.hasText(this.fileName);
	}

	/** The same input without any file: the editor pressed "Remove". */
	AttachmentForm withoutFile() {
		return new AttachmentForm(null, this.title, this.accessibleFormatOnRequest, null, null);
	}

	/**
	 * The title to give the file: the one typed, else the file's name without extension.
	 */
	String titleFor(StoredFile stored) {
		if (NewContactForm.hasText(this.title)) {
			return this.title.strip();
		}
		String name = stored.fileName().strip();
		int dot = name.lastIndexOf('.');
		String bare = (dot > 0) ? name.substring(0, dot) : name;
		return (bare.length() > TITLE_LIMIT) ? bare.substring(0, TITLE_LIMIT) : bare;
	}

}
