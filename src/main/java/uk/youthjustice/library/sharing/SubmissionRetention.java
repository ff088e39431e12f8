package uk.youthjustice.library.sharing;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the personal data in decided submissions once a day, at a quiet hour. Running
 * it twice, or on two servers at once, does no harm: a submission is cleared once.
 */
@Component
class SubmissionRetention {

	private final Submissions submissions;

	SubmissionRetention(Submissions submissions) {
		this.submissions = submissions;
	}

	@Scheduled(cron = "0 20 3 * * *", zone = "Europe/London")
	void deleteExpiredPersonalData() {
		this.submissions.deletePersonalData();
	}

}
