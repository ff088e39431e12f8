package uk.youthjustice.library.system;

/**
 * Names of the search analyzers and normalizers the search feature defines. Entities name
 * them in their Hibernate Search mapping; the search module's analysis configurer builds
 * them.
 */
public final class Analyzers {

	/**
	 * British English prose as indexed: case and accent folding, possessives and common
	 * words removed, the editors' synonyms added, stemmed.
	 */
	public static final String ENGLISH = "library_english";

	/**
	 * British English prose as searched: the same as {@link #ENGLISH} without synonyms.
	 */
	public static final String ENGLISH_SEARCH = "library_english_search";

	/** Words as written, only case and accent folded: what "did you mean" suggests. */
	public static final String WORDS = "library_words";

	/** Keywords for sorting: case and accent folded, not split. */
	public static final String SORT = "library_sort";

	private Analyzers() {
	}

}
