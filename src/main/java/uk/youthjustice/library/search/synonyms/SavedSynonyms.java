package uk.youthjustice.library.search.synonyms;

import java.time.Instant;

/**
 * The synonyms as saved.
 *
 * @param body the text, in Solr's synonyms format
 * @param version 0 for the standard synonyms nobody has saved yet, then 1, 2…
 * @param updatedAt when they were last saved, {@code null} for the standard ones
 * @param updatedBy who saved them last, {@code null} for the standard ones
 */
public record SavedSynonyms(String body, long version, Instant updatedAt, String updatedBy) {

	/** Whether these are the standard synonyms that nobody has saved yet. */
	public boolean isStandard() {
		return this.version == 0;
	}

}
