package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A public resource as a feed shows it.
 *
 * @param id the resource's database id, which outlives changes of slug
 * @param slug the resource's address
 * @param title the title
 * @param summary one or two sentences of plain text, or {@code null}
 * @param published when it was published
 * @param updated when the public last saw it change: its latest change note, or its
 * publication if later
 * @param category the category it is published in
 * @param topics its topics, by name
 */
public record PublishedEntry(long id, String slug, String title, String summary, Instant published, Instant updated,
		Term category, List<Term> topics) {

	/**
	 * A category or topic an entry is filed under.
	 *
	 * @param slug its address
	 * @param name its name
	 */
	public record Term(String slug, String name) {
	}

}
