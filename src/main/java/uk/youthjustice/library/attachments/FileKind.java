package uk.youthjustice.library.attachments;

import java.util.Locale;

/** The sorts of file readers and editors are told about before they download one. */
public enum FileKind {

	PDF, WORD, OPEN_DOCUMENT_TEXT, SPREADSHEET, PRESENTATION, CSV, TEXT, OTHER;

	/**
	 * @param mediaType a stored file's media type, parameters allowed
	 * @return the kind it is shown as
	 */
	public static FileKind of(String mediaType) {
		String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
		if (type.equals("application/pdf")) {
			return PDF;
		}
		if (type.equals("application/msword") || type.contains("wordprocessingml")) {
			return WORD;
		}
		if (type.equals("application/vnd.oasis.opendocument.text")) {
			return OPEN_DOCUMENT_TEXT;
		}
		if (type.equals("application/vnd.ms-excel") || type.contains("spreadsheetml")) {
			return SPREADSHEET;
		}
		if (type.contains("presentationml") || type.equals("application/vnd.ms-powerpoint")) {
			return PRESENTATION;
		}
		if (type.startsWith("text/csv")) {
			return CSV;
		}
		return type.startsWith("text/plain") ? TEXT : OTHER;
	}

}
