package uk.youthjustice.library.opendata;

import java.util.List;

/** A query string the API cannot use, with what is wrong with each parameter. */
class InvalidParametersException extends RuntimeException {

	private final transient List<InvalidParameter> errors;

	InvalidParametersException(List<InvalidParameter> errors) {
		super("Invalid query parameters: "
				+ String.join(", ", errors.stream().map(InvalidParameter::parameter).distinct().toList()));
		this.errors = List.copyOf(errors);
	}

	List<InvalidParameter> errors() {
		return this.errors;
	}

	/**
	 * One parameter that cannot be used.
	 *
	 * @param parameter its name
	 * @param detail what would work instead
	 */
	record InvalidParameter(String parameter, String detail) {
	}

}
