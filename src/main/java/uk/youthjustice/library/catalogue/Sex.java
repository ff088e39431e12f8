package uk.youthjustice.library.catalogue;

/** Whom a practice example was designed for. */
public enum Sex {

	NOT_APPLICABLE, MALE, FEMALE

}
