package uk.youthjustice.library.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * Something for the report, as a message code of {@code i18n/exchange.properties} and its
 * arguments, so that the admin page and the command say the same words.
 *
 * @param code the message code
 * @param arguments its arguments, as text
 */
public record Problem(String code, List<String> arguments) {

	static Problem of(String code, Object... arguments) {
		return new Problem(code, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The arguments as the message source takes them. */
	public Object[] args() {
		return this.arguments.toArray();
	}

}
