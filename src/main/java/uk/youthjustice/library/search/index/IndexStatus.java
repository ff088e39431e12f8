package uk.youthjustice.library.search.index;

/**
 * The index beside the database, for the admin page (whose template needs the methods
 * public).
 *
 * @param documents resources in the index, or -1 if it cannot be searched
 * @param resources resources in the database, whatever their status
 * @param publicResources those of them the public can see now
 * @param sizeInBytes the index's size on disk, or -1 if it cannot be measured
 * @param built the last complete rebuild's marker, or {@code null}
 * @param last how the last rebuild since the library started ended, or {@code null}
 * @param running how far the running rebuild has got, or {@code null}
 */
record IndexStatus(long documents, long resources, long publicResources, long sizeInBytes, IndexDirectory.Marker built,
		RebuildOutcome last, RebuildProgress running) {

	public int mappingVersion() {
		return SearchIndex.MAPPING_VERSION;
	}

	public boolean rebuilding() {
		return this.running != null;
	}

	public boolean readable() {
		return this.documents >= 0;
	}

	/** Whether the index was built with the mapping this version of the library uses. */
	public boolean current() {
		return this.built != null && this.built.mappingVersion() == SearchIndex.MAPPING_VERSION;
	}

}
