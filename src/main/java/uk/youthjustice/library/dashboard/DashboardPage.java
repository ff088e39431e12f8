package uk.youthjustice.library.dashboard;

import java.util.List;

import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.feedback.FeedbackItem;

/**
 * Everything the admin dashboard shows, read in one call.
 *
 * @param counts how many resources are in each status, in workflow order, zeros included
 * @param myDrafts the signed-in editor's drafts, newest change first
 * @param recentlyChanged the resources changed last, by anyone
 * @param scheduled scheduled resources, the next to be published first
 * @param dueForReview the first resources due for review, the longest overdue first
 * @param dueForReviewTotal how many resources are due for review
 * @param staleContacts the first contact cards not verified in twelve months
 * @param staleContactTotal how many contact cards are not verified in twelve months
 * @param feedback the latest "Is this page useful?" answers and problem reports
 */
record DashboardPage(List<StatusCount> counts, List<ResourceRow> myDrafts, List<ResourceRow> recentlyChanged,
		List<ResourceRow> scheduled, List<DueResource> dueForReview, long dueForReviewTotal,
		List<ContactRow> staleContacts, long staleContactTotal, List<FeedbackItem> feedback) {

	public long count(ResourceStatus status) {
		return this.counts.stream().filter((count) -> count.status() == status).mapToLong(StatusCount::total).sum();
	}

	public long scheduledTotal() {
		return count(ResourceStatus.SCHEDULED);
	}

}
