package uk.youthjustice.library.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * A resource as the admin lists show it, read by a constructor expression so no list
 * loads an entity or its collections.
 *
 * @param id the resource's id, for its admin page
 * @param title its title
 * @param kind practice example or guidance
 * @param status where it is in the workflow
 * @param categoryName the name of its category
 * @param publishAt when a scheduled resource will be published, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param reviewDueOn when it is due for review, or {@code null}
 * @param modifiedAt when it last changed
 * @param modifiedBy who changed it last, or {@code null} for imported and demo content
 */
record ResourceRow(long id, String title, ResourceKind kind, ResourceStatus status, String categoryName,
		Instant publishAt, Instant publishedAt, LocalDate reviewDueOn, Instant modifiedAt, String modifiedBy) {

	/**
	 * The JPQL constructor expression that selects a row from
	 * {@code Resource r join r.category c}.
	 */
	static final String SELECT = "select new uk.youthjustice.library.dashboard.ResourceRow(r.id, r.title, r.kind,"
			+ " r.status, c.name, r.publishAt, r.publishedAt, r.reviewDueOn, r.modifiedAt, r.modifiedBy)"
			+ " from Resource r join r.category c ";

}
