package uk.youthjustice.library.publishing;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choosing when a resource is published, {@code /admin/resources/{id}/schedule}: a date
 * and a time in the UK, in the future.
 */
@Controller
@RequestMapping("/admin/resources/{id:\\d+}/schedule")
class ScheduleController {

	static final String VIEW = "publishing/schedule";

	private final Publishing publishing;

	private final ScheduleFormValidator validator;

	private final AdminFrame frame;

	ScheduleController(Publishing publishing, ScheduleFormValidator validator, AdminFrame frame) {
		this.publishing = publishing;
		this.validator = validator;
		this.frame = frame;
	}

	@InitBinder("scheduleForm")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@GetMapping
	String form(@PathVariable Long id, Model model, Locale locale, RedirectAttributes redirect) {
		Overview overview = overview(id);
		if (!overview.can(Action.SCHEDULE.name())) {
			return ActionProblems.refused(id, Action.SCHEDULE, overview, redirect);
		}
		return show(overview, ScheduleForm.of(overview.publishAt()), model, locale);
	}

	@PostMapping
	String schedule(@PathVariable Long id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(overview(id), form, model, locale);
		}
		this.publishing.schedule(id, form.toInstant().orElseThrow());
		redirect.addFlashAttribute("notice", "publishing.notice.scheduled");
		return ResourceOverviewController.redirectTo(id);
	}

	private Overview overview(Long id) {
		return this.publishing.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String show(Overview overview, ScheduleForm form, Model model, Locale locale) {
		this.frame.frame(model, locale, overview).addAttribute("overview", overview).addAttribute("scheduleForm", form);
		return VIEW;
	}

}
