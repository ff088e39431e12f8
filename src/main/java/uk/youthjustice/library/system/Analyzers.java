package uk.youthjustice.library.system;

/**
 * Names of the search analyzers and normalizers defined by
 * {@link LibraryAnalysisConfigurer}.
 */
public final class Analyzers {

	/** British English prose: case and accent folding, possessives removed, stemmed. */
	public static final String ENGLISH = "library_english";

	/** Keywords for sorting: case and accent folded, not split. */
	public static final String SORT = "library_sort";

	private Analyzers() {
	}

}
