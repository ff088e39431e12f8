package uk.youthjustice.library.sharing;

import java.time.Instant;

/**
 * One line of the moderation queue.
 *
 * @param id the submission's id
 * @param title the practice's title
 * @param organisation the submitter's organisation
 * @param submittedAt when it was sent
 * @param status where it is in moderation
 * @param decidedAt when an editor decided, or {@code null} while pending
 */
record SubmissionRow(long id, String title, String organisation, Instant submittedAt, SubmissionStatus status,
		Instant decidedAt) {
}
