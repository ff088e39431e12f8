package uk.youthjustice.library.catalogue;

import java.util.List;

/**
 * Everything the home page shows, read in one transaction.
 *
 * @param categories every category with its count of public resources
 * @param topics every topic, by name
 * @param latest the most recently published resources
 */
public record HomePage(List<CategorySummary> categories, List<TopicSummary> topics, List<ResourceSummary> latest) {

	/**
	 * A topic as lists show it.
	 *
	 * @param slug the topic's address
	 * @param name the topic's name
	 */
	public record TopicSummary(String slug, String name) {
	}

}
