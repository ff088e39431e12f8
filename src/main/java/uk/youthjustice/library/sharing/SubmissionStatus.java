package uk.youthjustice.library.sharing;

/**
 * Where a practice submission is in moderation. Only {@link #PENDING} ones can be
 * decided.
 */
enum SubmissionStatus {

	/** Waiting for an editor. */
	PENDING,

	/** Turned into a draft resource. */
	ACCEPTED,

	/** Not taken, with a reason. */
	REJECTED

}
