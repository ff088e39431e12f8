package uk.youthjustice.library.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The "due for review" page: resources whose review falls due soon or has passed, and
 * contact cards nobody has verified for a year. Each list shows at most
 * {@link Dashboard#REVIEW_LIST_SIZE} entries, with the full count.
 *
 * @param resources resources not archived due for review by {@code dueBy}, the longest
 * overdue first
 * @param resourceTotal how many resources are due
 * @param dueBy the last review date listed: today and the notice period
 * @param contacts contact cards not verified since {@code verifiedSince}, never-verified
 * and oldest first
 * @param contactTotal how many contact cards are listed in all
 * @param verifiedSince the date before which a verification counts as stale
 */
record ReviewPage(List<DueResource> resources, long resourceTotal, LocalDate dueBy, List<ContactRow> contacts,
		long contactTotal, LocalDate verifiedSince) {

	public boolean isResourcesCapped() {
		return this.resourceTotal > this.resources.size();
	}

	public boolean isContactsCapped() {
		return this.contactTotal > this.contacts.size();
	}

}
