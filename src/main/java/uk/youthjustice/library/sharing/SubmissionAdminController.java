package uk.youthjustice.library.sharing;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.sharing.Submissions.SubmissionAlreadyDecided;
import uk.youthjustice.library.sharing.Submissions.UnknownChoice;
import uk.youthjustice.library.system.Pagination;

/**
 * The editors' moderation queue: every submission, and on each one the two decisions,
 * "Turn into a draft" and "Reject". A decision is final; a second one is refused with the
 * first shown.
 */
@Controller
@RequestMapping("/admin/submissions")
class SubmissionAdminController {

	static final String QUEUE_VIEW = "sharing/queue";

	static final String SUBMISSION_VIEW = "sharing/submission";

	private final Submissions submissions;

	private final DraftFormValidator draftValidator;

	SubmissionAdminController(Submissions submissions, DraftFormValidator draftValidator) {
		this.submissions = submissions;
		this.draftValidator = draftValidator;
	}

	@InitBinder("draftForm")
	void initDraftBinder(WebDataBinder binder) {
		binder.addValidators(this.draftValidator);
	}

	@ModelAttribute("navigation")
	String navigation() {
		return "admin-submissions";
	}

	@GetMapping
	String queue(@RequestParam(required = false) String page, Model model) {
		Page<SubmissionRow> rows = this.submissions.queue(Pagination.pageAsked(page) - 1);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pending", this.submissions.countPending());
		model.addAttribute("pages", Pagination.of(rows.getNumber() + 1, Math.max(1, rows.getTotalPages()),
				(number) -> "/admin/submissions?page=" + number));
		return QUEUE_VIEW;
	}

	@GetMapping("/{id:\\d{1,18}}")
	String submission(@PathVariable long id, Model model) {
		SubmissionDetail detail = find(id);
		model.addAttribute("draftForm", DraftForm.suggestedBy(detail));
		model.addAttribute("rejectForm", RejectForm.empty());
		return submissionView(detail, model);
	}

	@PostMapping("/{id:\\d{1,18}}/draft")
	String turnIntoDraft(@PathVariable long id, @Validated @ModelAttribute("draftForm") DraftForm form,
			BindingResult result, Principal editor, RedirectAttributes redirect, HttpServletResponse response,
			Model model) {
		model.addAttribute("rejectForm", RejectForm.empty());
		if (!result.hasErrors()) {
			try {
				long resourceId = this.submissions.turnIntoDraft(id, form.categoryId(), form.evidenceId(),
						editor.getName());
				redirect.addFlashAttribute("notice", "sharing.notice.drafted");
				return "redirect:/admin/resources/" + resourceId + "/edit";
			}
			catch (SubmissionAlreadyDecided ex) {
				return alreadyDecided(id, response, model);
			}
			catch (UnknownChoice ex) {
				result.rejectValue(ex.field(), "sharing.draft." + ex.field() + ".unknown");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return submissionView(find(id), model);
	}

	@PostMapping("/{id:\\d{1,18}}/reject")
	String reject(@PathVariable long id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result,
			Principal editor, RedirectAttributes redirect, HttpServletResponse response, Model model) {
		SubmissionDetail detail = find(id);
		model.addAttribute("draftForm", DraftForm.suggestedBy(detail));
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return submissionView(detail, model);
		}
		try {
			this.submissions.reject(id, form.reason(), editor.getName());
		}
		catch (SubmissionAlreadyDecided ex) {
			return alreadyDecided(id, response, model);
		}
		redirect.addFlashAttribute("notice", "sharing.notice.rejected");
		return "redirect:/admin/submissions";
	}

	/** Another editor decided first: show their decision instead of the forms. */
	private String alreadyDecided(long id, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("alreadyDecided", true);
		return submissionView(find(id), model);
	}

	private String submissionView(SubmissionDetail detail, Model model) {
		Submissions.Options options = this.submissions.options();
		model.addAttribute("submission", detail);
		model.addAttribute("categories", options.categories());
		model.addAttribute("evidenceChoices", options.evidence());
		model.addAttribute("reasonMax", RejectForm.MAX_LENGTH);
		return SUBMISSION_VIEW;
	}

	private SubmissionDetail find(long id) {
		return this.submissions.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
