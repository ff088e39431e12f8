package uk.youthjustice.library.feedback;

import java.time.Instant;

/**
 * One piece of feedback as an editor sees it.
 *
 * @param id the feedback's id
 * @param page the path of the page it is about
 * @param useful the reader's answer to "Is this page useful?", or {@code null} for a
 * problem report
 * @param whatDoing what the reader says they were doing, or {@code null}
 * @param whatWrong what the reader says went wrong, or {@code null}
 * @param status where it is in an editor's review
 * @param createdAt when it was sent
 */
public record FeedbackItem(long id, String page, Boolean useful, String whatDoing, String whatWrong,
		Feedback.Status status, Instant createdAt) {

	static FeedbackItem of(Feedback feedback) {
		return new FeedbackItem(feedback.getId(), feedback.getPagePath(), feedback.getUseful(), feedback.getWhatDoing(),
				feedback.getWhatWrong(), feedback.getStatus(), feedback.getCreatedAt());
	}

}
