package uk.youthjustice.library.search.synonyms;

/**
 * The synonyms form, kept as typed but for line endings: browsers send CR LF, and the
 * text is kept with LF.
 *
 * @param body the synonyms, one group a line
 */
record SynonymsForm(String body) {

	SynonymsForm {
		body = (body != null) ? body.replace("\r\n", "\n").replace('\r', '\n') : "";
	}

}
