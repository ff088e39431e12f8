package uk.youthjustice.library.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.feedback.FeedbackInbox;

/**
 * The admin dashboard and the "due for review" list. Each page is one read-only
 * transaction of a fixed number of statements, whatever the library holds.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	/** How many rows the dashboard's longer lists show. */
	static final int LIST_SIZE = 10;

	/** How many rows the dashboard's review and feedback summaries show. */
	static final int SUMMARY_SIZE = 5;

	/** How many rows each list on the review page shows at most. */
	static final int REVIEW_LIST_SIZE = 100;

	/** Resources whose review falls due within this many days are listed as due. */
	static final int REVIEW_NOTICE_DAYS = 30;

	/** A contact card not verified for this many months is stale. */
	static final int VERIFICATION_MONTHS = 12;

	// Review dates are calendar dates in England and Wales, where the editors work.
	private static final ZoneId EDITORS_ZONE = ZoneId.of("Europe/London");

	private final DashboardResources resources;

	private final StaleContacts contacts;

	private final FeedbackInbox feedback;

	private final Clock clock;

	Dashboard(DashboardResources resources, StaleContacts contacts, FeedbackInbox feedback, Clock clock) {
		this.resources = resources;
		this.contacts = contacts;
		this.feedback = feedback;
		this.clock = clock;
	}

	DashboardPage page(String email) {
		LocalDate today = today();
		LocalDate dueBy = dueBy(today);
		LocalDate verifiedSince = verifiedSince(today);
		return new DashboardPage(counts(), this.resources.touchedBy(email, ResourceStatus.DRAFT, Limit.of(LIST_SIZE)),
				this.resources.recentlyChanged(Limit.of(LIST_SIZE)), this.resources.scheduled(Limit.of(LIST_SIZE)),
				due(dueBy, today, SUMMARY_SIZE), this.resources.countDueForReview(dueBy),
				this.contacts.notVerifiedSince(verifiedSince, Limit.of(SUMMARY_SIZE)),
				this.contacts.countNotVerifiedSince(verifiedSince),
				this.feedback.newestFirst(0, SUMMARY_SIZE).getContent());
	}

	ReviewPage review() {
		LocalDate today = today();
		LocalDate dueBy = dueBy(today);
		LocalDate verifiedSince = verifiedSince(today);
		return new ReviewPage(due(dueBy, today, REVIEW_LIST_SIZE), this.resources.countDueForReview(dueBy), dueBy,
				this.contacts.notVerifiedSince(verifiedSince, Limit.of(REVIEW_LIST_SIZE)),
				this.contacts.countNotVerifiedSince(verifiedSince), verifiedSince);
	}

	private List<StatusCount> counts() {
		Map<ResourceStatus, Long> totals = this.resources.countByStatus()
			.stream()
			.collect(Collectors.toMap(StatusCount::status, StatusCount::total));
		return Arrays.stream(ResourceStatus.values())
			.map((status) -> new StatusCount(status, totals.getOrDefault(status, 0L)))
			.toList();
	}

	private List<DueResource> due(LocalDate dueBy, LocalDate today, int size) {
		return this.resources.dueForReview(dueBy, Limit.of(size))
			.stream()
			.map((row) -> DueResource.of(row, today))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(EDITORS_ZONE));
	}

	private static LocalDate dueBy(LocalDate today) {
		return today.plusDays(REVIEW_NOTICE_DAYS);
	}

	private static LocalDate verifiedSince(LocalDate today) {
		return today.minusMonths(VERIFICATION_MONTHS);
	}

}
