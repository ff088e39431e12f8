package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * Every public page of the catalogue, for the sitemap.
 *
 * @param categorySlugs every category, in the order the home page lists them
 * @param topicSlugs every topic, by name
 * @param resources every public resource, newest first
 */
public record PublishedIndex(List<String> categorySlugs, List<String> topicSlugs, List<Page> resources) {

	/**
	 * A public resource's page.
	 *
	 * @param slug the resource's address
	 * @param updated when the public last saw it change
	 */
	public record Page(String slug, Instant updated) {
	}

}
