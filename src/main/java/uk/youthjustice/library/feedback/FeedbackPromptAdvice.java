package uk.youthjustice.library.feedback;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's layout the "Is this page useful?" block, except the feedback pages
 * themselves, where asking would be odd.
 */
@ControllerAdvice
class FeedbackPromptAdvice {

	static final String THANKED_PARAMETER = "feedback";

	static final String THANKED_VALUE = "thanks";

	@ModelAttribute("feedbackPrompt")
	FeedbackPrompt feedbackPrompt(HttpServletRequest request) {
		String page = PagePath.of(request);
		if (page.equals("/feedback") || page.startsWith("/feedback/")) {
			return null;
		}
		return new FeedbackPrompt(page, THANKED_VALUE.equals(request.getParameter(THANKED_PARAMETER)));
	}

}
