package uk.youthjustice.library.search.index;

/** Why the index is being rebuilt. */
enum RebuildReason {

	/** An administrator asked, from the admin page. */
	REQUESTED,

	/** The {@code reindex} command. */
	COMMAND,

	/** At start-up: there was no index while the database has resources. */
	MISSING,

	/** At start-up: the index could not be opened and was moved aside. */
	BROKEN,

	/** At start-up: the index is empty while the database has resources. */
	EMPTY,

	/**
	 * At start-up: the index was built with another mapping version, or a rebuild did not
	 * finish.
	 */
	OUTDATED,

	/** At start-up: the index opened, but searching it failed. */
	UNREADABLE,

	/**
	 * While running: the index's files were deleted from the disk ({@link IndexWatch}).
	 */
	DELETED;

	/**
	 * Whether the index's files are deleted rather than its documents: a purge needs an
	 * index that can be read.
	 */
	boolean dropsFilesFirst() {
		return this == UNREADABLE || this == DELETED;
	}

}
