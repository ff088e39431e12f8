package uk.youthjustice.library.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The orders a listing offers, by the value of its {@code sort} parameter. */
public enum ListingSort {

	NEWEST("newest"), OLDEST("oldest"), TITLE("title");

	private final String parameter;

	ListingSort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

	static Optional<ListingSort> fromParameter(String value) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(value)).findFirst();
	}

}
