package uk.youthjustice.library.feedback;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where readers' feedback arrives and where editors read it. */
@Service
@Transactional(readOnly = true)
public class FeedbackInbox {

	/** The most a caller may ask for in one page of feedback. */
	public static final int MAX_PAGE_SIZE = 100;

	private final FeedbackRepository feedback;

	FeedbackInbox(FeedbackRepository feedback) {
		this.feedback = feedback;
	}

	/**
	 * A page of feedback, newest first.
	 * @param page the page number, from 0
	 * @param size how many items a page holds, at most {@link #MAX_PAGE_SIZE}
	 */
	public Page<FeedbackItem> newestFirst(int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
		return this.feedback.findAllByOrderByCreatedAtDescIdDesc(request).map(FeedbackItem::of);
	}

	@Transactional
	void recordAnswer(String page, boolean useful) {
		this.feedback.save(new Feedback(PagePath.orHome(page), useful, null, null));
	}

	@Transactional
	void recordProblem(String page, String whatDoing, String whatWrong) {
		this.feedback.save(new Feedback(PagePath.orHome(page), null, whatDoing, whatWrong));
	}

}
