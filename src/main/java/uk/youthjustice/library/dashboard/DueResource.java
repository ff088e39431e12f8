package uk.youthjustice.library.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A resource on the "due for review" list, with how far its review date is from today.
 *
 * @param resource the resource
 * @param days days from today to the review date: negative when overdue, 0 when due today
 */
record DueResource(ResourceRow resource, long days) {

	static DueResource of(ResourceRow resource, LocalDate today) {
		return new DueResource(resource, ChronoUnit.DAYS.between(today, resource.reviewDueOn()));
	}

	public boolean isOverdue() {
		return this.days < 0;
	}

	public long daysOverdue() {
		return -this.days;
	}

}
