package uk.youthjustice.library.search.index;

import org.springframework.stereotype.Service;

/** The state of the search index, and rebuilding it. */
@Service
public class SearchIndex {

	/** Whether the index is being rebuilt, so that search may be missing results. */
	public boolean isRebuilding() {
		return false;
	}

}
