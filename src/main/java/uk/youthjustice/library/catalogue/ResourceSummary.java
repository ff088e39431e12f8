package uk.youthjustice.library.catalogue;

import java.time.Instant;

/**
 * A resource as lists show it.
 *
 * @param slug the resource's address
 * @param kind practice example or guidance document
 * @param title the title
 * @param summary one or two sentences
 * @param categoryName the category it is published in
 * @param publishedAt when it was published
 */
public record ResourceSummary(String slug, ResourceKind kind, String title, String summary, String categoryName,
		Instant publishedAt) {

	static ResourceSummary of(Resource resource) {
		return new ResourceSummary(resource.getSlug(), resource.getKind(), resource.getTitle(), resource.getSummary(),
				resource.getCategory().getName(), resource.getPublishedAt());
	}

}
