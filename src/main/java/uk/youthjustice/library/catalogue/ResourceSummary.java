package uk.youthjustice.library.catalogue;

import java.time.Instant;

/**
 * A resource as lists show it: one row of a category, topic or search listing.
 *
 * @param slug the resource's address
 * @param kind practice example or guidance document
 * @param title the title
 * @param summary one or two sentences
 * @param categoryName the category it is published in
 * @param publishedAt when it was published
 * @param ageMinimum the youngest age it suits, or {@code null}
 * @param ageMaximum the oldest age it suits, or {@code null}
 * @param costKind whether it costs money
 * @param costText what it costs, in the editor's words
 * @param evidenceName its evidence classification, or {@code null}
 */
public record ResourceSummary(String slug, ResourceKind kind, String title, String summary, String categoryName,
		Instant publishedAt, Integer ageMinimum, Integer ageMaximum, CostKind costKind, String costText,
		String evidenceName) {

	/** The row for a resource whose category and evidence label are already loaded. */
	public static ResourceSummary of(Resource resource) {
		AgeRange ages = resource.getAgeRange();
		return new ResourceSummary(resource.getSlug(), resource.getKind(), resource.getTitle(), resource.getSummary(),
				resource.getCategory().getName(), resource.getPublishedAt(), ages.minimum(), ages.maximum(),
				resource.getCostKind(), resource.getCostText(),
				(resource.getEvidence() != null) ? resource.getEvidence().getName() : null);
	}

	public AgeRange ageRange() {
		return new AgeRange(this.ageMinimum, this.ageMaximum);
	}

}
