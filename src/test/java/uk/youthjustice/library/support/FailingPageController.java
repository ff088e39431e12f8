package uk.youthjustice.library.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that always fails, so tests can see what a reader sees when something breaks. It
 * lives in the test sources only.
 */
@Controller
class FailingPageController {

	static final String PATH = "/test-support/failing-page";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException("A failure the tests asked for");
	}

}
