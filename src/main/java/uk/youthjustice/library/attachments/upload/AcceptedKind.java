package uk.youthjustice.library.attachments.upload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/**
 * The kinds of file the library takes, each with the extension its name should carry.
 * Kinds of one family (both Word formats; CSV and plain text) may go by each other's
 * extension, as editors rename them freely and readers' programs open both.
 */
enum AcceptedKind {

	PDF("application/pdf", "pdf", "pdf"),

	WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "word"),

	WORD_97("application/msword", "doc", "word"),

	OPENDOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "odt", "odt"),

	EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xlsx"),

	POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "pptx"),

	CSV("text/csv", "csv", "text"),

	TEXT("text/plain", "txt", "text");

	private final MediaType type;

	private final String extension;

	private final String family;

	AcceptedKind(String type, String extension, String family) {
		this.type = MediaType.parse(type);
		this.extension = extension;
		this.family = family;
	}

	MediaType type() {
		return this.type;
	}

	String extension() {
		return this.extension;
	}

	/** The message code saying what a file of this kind is ("a PDF"). */
	String description() {
		return "attachments.type." + this.family;
	}

	boolean sameFamily(AcceptedKind other) {
		return this.family.equals(other.family);
	}

	static Optional<AcceptedKind> byExtension(String extension) {
		String lower = extension.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((kind) -> kind.extension.equals(lower)).findFirst();
	}

	/** The kind content detected as the given type is, if the library takes it. */
	static Optional<AcceptedKind> byContent(MediaType content) {
		// Content alone never says CSV: it is detected as plain text.
		return Arrays.stream(values())
			.filter((kind) -> kind != CSV && kind.type.equals(content.getBaseType()))
			.findFirst();
	}

}
