package uk.youthjustice.library.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) run in-process on a page's
 * HTML as the server sent it.
 */
public final class HtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlChecker() {
	}

	/**
	 * The checker, its schema read once: reading it took longer than checking a page.
	 * Browser tests run one at a time, so one checker serves them all.
	 */
	private static SimpleDocumentValidator validator;

	private static final Problems problems = new Problems();

	/** Fails with every error the checker reports, if any. Warnings are ignored. */
	public static synchronized void assertValid(String html, String description) {
		problems.errors.clear();
		try {
			validator().checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not run", ex);
		}
		assertThat(List.copyOf(problems.errors)).as("Nu Html Checker errors in " + description).isEmpty();
	}

	private static SimpleDocumentValidator validator() throws Exception {
		if (validator == null) {
			SimpleDocumentValidator created = new SimpleDocumentValidator(true, false, false);
			created.setUpMainSchema(HTML_SCHEMA, problems);
			created.setUpValidatorAndParsers(problems, true, false);
			validator = created;
		}
		return validator;
	}

	private static final class Problems implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
					+ exception.getMessage();
		}

	}

}
