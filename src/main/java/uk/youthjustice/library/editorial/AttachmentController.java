package uk.youthjustice.library.editorial;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One attachment of a resource: change its title and accessible-format flag, move it up
 * or down the list, remove it (after a confirmation page). Every action is a plain form
 * post, redirected back to the resource's overview with a message.
 */
@Controller
@RequestMapping("/admin/resources/{id:\\d+}/attachments/{attachmentId:\\d+}")
class AttachmentController {

	private final EditorialAttachments attachments;

	private final AttachmentPages pages;

	AttachmentController(EditorialAttachments attachments, AttachmentPages pages) {
		this.attachments = attachments;
		this.pages = pages;
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, @PathVariable long attachmentId, Model model) {
		AttachmentRow row = this.pages.row(id, attachmentId);
		model.addAttribute("form", AttachmentDetailsForm.of(row));
		return this.pages.about(model, id, row, AttachmentPages.EDIT_VIEW);
	}

	@PostMapping("/edit")
	String change(@PathVariable long id, @PathVariable long attachmentId,
			@Valid @ModelAttribute("form") AttachmentDetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AttachmentRow row = this.pages.row(id, attachmentId);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.pages.about(model, id, row, AttachmentPages.EDIT_VIEW);
		}
		this.attachments.describe(id, attachmentId, form);
		return done(id, "editorial.notice.attachment-changed", form.title().strip(), redirect);
	}

	@PostMapping("/move-up")
	String moveUp(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		return move(id, attachmentId, -1, "editorial.notice.moved-up", redirect);
	}

	@PostMapping("/move-down")
	String moveDown(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		return move(id, attachmentId, 1, "editorial.notice.moved-down", redirect);
	}

	@GetMapping("/remove")
	String confirmRemoval(@PathVariable long id, @PathVariable long attachmentId, Model model) {
		return this.pages.about(model, id, this.pages.row(id, attachmentId), AttachmentPages.REMOVE_VIEW);
	}

	@PostMapping("/remove")
	String remove(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		AttachmentRow row = this.pages.row(id, attachmentId);
		this.attachments.remove(id, attachmentId);
		return done(id, "editorial.notice.attachment-removed", row.title(), redirect);
	}

	private String move(long id, long attachmentId, int places, String notice, RedirectAttributes redirect) {
		AttachmentRow row = this.pages.row(id, attachmentId);
		if (!this.attachments.move(id, attachmentId, places)) {
			return "redirect:/admin/resources/" + id;
		}
		return done(id, notice, row.title(), redirect);
	}

	private static String done(long id, String notice, String title, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgs", new Object[] { title });
		return "redirect:/admin/resources/" + id;
	}

}
