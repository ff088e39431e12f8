package uk.youthjustice.library.exchange;

import org.springframework.web.multipart.MultipartFile;

/**
 * The import form: the export file, what to do when the library has content, and whether
 * only to check.
 *
 * @param file the export zip
 * @param mode {@link #REFUSE} or {@link #MERGE}
 * @param dryRun only check and report
 */
record ImportForm(MultipartFile file, String mode, Boolean dryRun) {

	static final String REFUSE = "refuse";

	static final String MERGE = "merge";

	static ImportForm empty() {
		return new ImportForm(null, REFUSE, false);
	}

	boolean checkOnly() {
		return Boolean.TRUE.equals(this.dryRun);
	}

	boolean merge() {
		return MERGE.equals(this.mode);
	}

}
