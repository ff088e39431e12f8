package uk.youthjustice.library.publishing;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a refused or clashing workflow action into the resource's overview with a message
 * saying why (the {@code problem} flash attribute), never an error page: an editor acting
 * on an out-of-date page, or two editors acting at once, is normal.
 */
@ControllerAdvice(
		assignableTypes = { ResourceOverviewController.class, ScheduleController.class, ConfirmationController.class })
class ActionProblems {

	private static final Logger log = LoggerFactory.getLogger(ActionProblems.class);

	static final String PROBLEM = "problem";

	/** Back to the overview, saying why the action cannot be taken now. */
	static String refused(Long id, Action action, Overview overview, RedirectAttributes redirect) {
		boolean incomplete = action.isAllowedFrom(overview.status()) && !overview.missing().isEmpty();
		redirect.addFlashAttribute(PROBLEM,
				incomplete ? "publishing.refused.incomplete" : "publishing.refused." + action);
		return ResourceOverviewController.redirectTo(id);
	}

	@ExceptionHandler
	String refused(PublishingRefusedException ex, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PROBLEM, ex.messageKey());
		return ResourceOverviewController.redirectTo(id(request));
	}

	@ExceptionHandler
	String clashed(OptimisticLockingFailureException ex, HttpServletRequest request, RedirectAttributes redirect) {
		log.debug("Two changes to resource {} at once; the later was refused", id(request), ex);
		redirect.addFlashAttribute(PROBLEM, "publishing.refused.changed-meanwhile");
		return ResourceOverviewController.redirectTo(id(request));
	}

	@ExceptionHandler
	void notFound(ResourceNotFoundException ex, HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@SuppressWarnings("unchecked")
	private static Long id(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return Long.valueOf(variables.get("id"));
	}

}
