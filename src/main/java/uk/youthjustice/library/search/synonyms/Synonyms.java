package uk.youthjustice.library.search.synonyms;

import org.springframework.stereotype.Service;

/** The synonym groups editors keep, and the ones the index was built with. */
@Service
public class Synonyms {

	/** Makes the saved synonyms the ones indexing uses; called as a reindex starts. */
	public void apply() {
	}

}
