package uk.youthjustice.library.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;

/**
 * Before each test in a context with the extraction worker, reads every queued
 * attachment, so tests see the demo PDFs (and whatever earlier tests attached) read, and
 * no background reading runs while a test counts SQL statements. A test that attaches
 * files and then needs them read calls {@link ExtractionWorker#runUntilIdle()} itself.
 */
public class ExtractionQueueDrained implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			ApplicationContext context = testContext.getApplicationContext();
			context.getBeanProvider(ExtractionWorker.class).ifAvailable(ExtractionWorker::runUntilIdle);
		}
	}

	/** After dependency injection, so that the context exists. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
