package uk.youthjustice.library.sharing;

/**
 * What an editor chooses when turning a submission into a draft: where it is filed and
 * how strong its evidence is. Both are ids as text, so binding never fails;
 * {@link DraftFormValidator} checks them.
 *
 * @param category the id of the category to file the draft under
 * @param evidence the id of an evidence classification, or blank to decide later
 */
record DraftForm(String category, String evidence) {

	DraftForm {
		category = ShareForm.tidy(category);
		evidence = ShareForm.tidy(evidence);
	}

	/** The practitioner's suggestions, for the editor to confirm or change. */
	static DraftForm suggestedBy(SubmissionDetail submission) {
		return new DraftForm(text(submission.categoryId()), text(submission.evidenceId()));
	}

	long categoryId() {
		return Long.parseLong(this.category);
	}

	Long evidenceId() {
		return this.evidence.isEmpty() ? null : Long.valueOf(this.evidence);
	}

	private static String text(Long id) {
		return (id != null) ? id.toString() : "";
	}

}
