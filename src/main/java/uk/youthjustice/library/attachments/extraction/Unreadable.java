package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;

import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * A file that cannot be read for a reason editors should see, as a message code under
 * {@code attachments.extraction.reason.*} with its arguments.
 */
final class Unreadable extends IOException {

	private final ExtractionStatus status;

	private final String code;

	private final transient Object[] arguments;

	Unreadable(ExtractionStatus status, String code, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = arguments.clone();
	}

	Unreadable(String code, Throwable cause, Object... arguments) {
		super(code, cause);
		this.status = ExtractionStatus.FAILED;
		this.code = code;
		this.arguments = arguments.clone();
	}

	ExtractionStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
