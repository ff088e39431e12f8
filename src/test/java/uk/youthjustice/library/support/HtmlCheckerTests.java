package uk.youthjustice.library.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checker is read once and used for every page: one page's errors stay its own. */
class HtmlCheckerTests {

	private static final String VALID = "<!DOCTYPE html><html lang=\"en\"><head><title>Page</title></head>"
			+ "<body><main><h1>Heading</h1><p>Text.</p></main></body></html>";

	private static final String INVALID = "<!DOCTYPE html><html lang=\"en\"><head><title>Page</title></head>"
			+ "<body><main><h1>Heading</h1><p><div>A block in a paragraph</div></p></main></body></html>";

	@Test
	void findsErrorsInAPageAfterAValidOneAndNoneLeftOverAfterIt() {
		assertThatCode(() -> HtmlChecker.assertValid(VALID, "valid")).doesNotThrowAnyException();
		assertThatThrownBy(() -> HtmlChecker.assertValid(INVALID, "invalid")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Nu Html Checker errors in invalid");
		assertThatCode(() -> HtmlChecker.assertValid(VALID, "valid again")).doesNotThrowAnyException();
		assertThatThrownBy(() -> HtmlChecker.assertValid(INVALID, "invalid again")).isInstanceOf(AssertionError.class);
	}

}
