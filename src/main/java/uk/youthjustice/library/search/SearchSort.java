package uk.youthjustice.library.search;

import java.util.Arrays;
import java.util.Optional;

/** The orders search results can be shown in. */
public enum SearchSort {

	RELEVANCE("relevance"), NEWEST("newest"), OLDEST("oldest"), TITLE("title");

	private final String parameter;

	SearchSort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

	public static Optional<SearchSort> fromParameter(String value) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(value)).findFirst();
	}

}
