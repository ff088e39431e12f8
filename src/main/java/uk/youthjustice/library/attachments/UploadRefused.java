package uk.youthjustice.library.attachments;

import java.io.IOException;

/**
 * A file the library will not take, with the reason as a message code (under
 * {@code attachments.refused.*}) and its arguments, the first always the file's name.
 */
public class UploadRefused extends IOException {

	private final String code;

	private final transient Object[] arguments;

	public UploadRefused(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/**
	 * The message code naming why, for example {@code attachments.refused.executable}.
	 */
	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
