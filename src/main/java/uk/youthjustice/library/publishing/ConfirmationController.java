package uk.youthjustice.library.publishing;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two actions that take a resource out of public view, each asked for on a page of
 * its own first: {@code /admin/resources/{id}/unpublish} and {@code …/archive}.
 */
@Controller
@RequestMapping("/admin/resources/{id:\\d+}")
class ConfirmationController {

	static final String VIEW = "publishing/confirm";

	private final Publishing publishing;

	private final AdminFrame frame;

	ConfirmationController(Publishing publishing, AdminFrame frame) {
		this.publishing = publishing;
		this.frame = frame;
	}

	@GetMapping("/unpublish")
	String confirmUnpublish(@PathVariable Long id, Model model, Locale locale, RedirectAttributes redirect) {
		return confirm(id, Action.UNPUBLISH, model, locale, redirect);
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable Long id, RedirectAttributes redirect) {
		this.publishing.unpublish(id);
		redirect.addFlashAttribute("notice", "publishing.notice.unpublished");
		return ResourceOverviewController.redirectTo(id);
	}

	@GetMapping("/archive")
	String confirmArchive(@PathVariable Long id, Model model, Locale locale, RedirectAttributes redirect) {
		return confirm(id, Action.ARCHIVE, model, locale, redirect);
	}

	@PostMapping("/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.publishing.archive(id);
		redirect.addFlashAttribute("notice", "publishing.notice.archived");
		return ResourceOverviewController.redirectTo(id);
	}

	private String confirm(Long id, Action action, Model model, Locale locale, RedirectAttributes redirect) {
		Overview overview = this.publishing.overview(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!action.isAllowedFrom(overview.status())) {
			return ActionProblems.refused(id, action, overview, redirect);
		}
		this.frame.frame(model, locale, overview).addAttribute("overview", overview).addAttribute("action", action);
		return VIEW;
	}

}
