package uk.youthjustice.library.catalogue;

/** Where a resource is in the publishing workflow. Only {@link #PUBLISHED} is public. */
public enum ResourceStatus {

	DRAFT, SCHEDULED, PUBLISHED, ARCHIVED

}
