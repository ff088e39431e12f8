package uk.youthjustice.library.publishing;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.editorial.EditorialAttachments;

/**
 * A resource's admin overview, {@code /admin/resources/{id}}: its place in the workflow,
 * what it lacks, and the actions that need no further page (publish now, cancel the
 * schedule, return to draft). Its attachments section is the editorial feature's.
 */
@Controller
@RequestMapping("/admin/resources/{id:\\d+}")
class ResourceOverviewController {

	static final String VIEW = "publishing/overview";

	private final Publishing publishing;

	private final AdminFrame frame;

	private final EditorialAttachments attachments;

	ResourceOverviewController(Publishing publishing, AdminFrame frame, EditorialAttachments attachments) {
		this.publishing = publishing;
		this.frame = frame;
		this.attachments = attachments;
	}

	static String path(Long id) {
		return "/admin/resources/" + id;
	}

	static String redirectTo(Long id) {
		return "redirect:" + path(id);
	}

	@GetMapping
	String overview(@PathVariable Long id, Model model, Locale locale) {
		return show(id, PublishForm.empty(), model, locale);
	}

	@PostMapping("/publish")
	String publish(@PathVariable Long id, @Valid @ModelAttribute("publishForm") PublishForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(id, form, model, locale);
		}
		this.publishing.publish(id, form.changeNote());
		redirect.addFlashAttribute("notice", "publishing.notice.published");
		return redirectTo(id);
	}

	@PostMapping("/cancel-schedule")
	String cancelSchedule(@PathVariable Long id, RedirectAttributes redirect) {
		this.publishing.cancelSchedule(id);
		redirect.addFlashAttribute("notice", "publishing.notice.schedule-cancelled");
		return redirectTo(id);
	}

	@PostMapping("/return-to-draft")
	String returnToDraft(@PathVariable Long id, RedirectAttributes redirect) {
		this.publishing.returnToDraft(id);
		redirect.addFlashAttribute("notice", "publishing.notice.returned-to-draft");
		return redirectTo(id);
	}

	private String show(Long id, PublishForm form, Model model, Locale locale) {
		Overview overview = this.publishing.overview(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.frame.frame(model, locale)
			.addAttribute("overview", overview)
			.addAttribute("publishForm", form)
			.addAttribute("attachments", this.attachments.rows(id));
		return VIEW;
	}

}
