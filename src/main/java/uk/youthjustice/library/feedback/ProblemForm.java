package uk.youthjustice.library.feedback;

/**
 * A reader's report of a problem with a page. The text is tidied as it is bound: line
 * breaks as a browser's character count sees them, no control characters (PostgreSQL
 * refuses a NUL), no surrounding spaces. {@link ProblemFormValidator} checks it.
 *
 * @param page the page the report is about, "/" unless a same-site path
 * @param whatDoing what the reader was doing
 * @param whatWrong what went wrong
 */
record ProblemForm(String page, String whatDoing, String whatWrong) {

	/** The most characters each answer may have. */
	static final int MAX_LENGTH = 1200;

	ProblemForm {
		page = PagePath.orHome(page);
		whatDoing = tidy(whatDoing);
		whatWrong = tidy(whatWrong);
	}

	static ProblemForm about(String page) {
		return new ProblemForm(page, "", "");
	}

	private static String tidy(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
	}

}
