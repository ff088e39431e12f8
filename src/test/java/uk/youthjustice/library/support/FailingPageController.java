package uk.youthjustice.library.support;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages that always fail, so tests can see what a reader sees when something breaks. It
 * lives in the test sources only.
 */
@Controller
class FailingPageController {

	static final String PATH = "/test-support/failing-page";

	/** A page whose database cannot be reached: the 503 page. */
	static final String DATABASE_UNAVAILABLE_PATH = "/test-support/database-unavailable";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException("A failure the tests asked for");
	}

	@GetMapping(DATABASE_UNAVAILABLE_PATH)
	String databaseUnavailable() {
		throw new CannotCreateTransactionException("A database outage the tests asked for");
	}

}
