package uk.youthjustice.library.editorial;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.attachments.StoredFile;

/**
 * "Add attachment": a file, its title and whether an accessible format is available on
 * request. The page works as a plain form; with JavaScript, upload-progress.js sends the
 * same form and shows its progress. A refused file is named with the reason, and nothing
 * else typed is lost.
 */
@Controller
@RequestMapping("/admin/resources/{id:\\d+}/attachments/new")
class NewAttachmentController {

	private final EditorialAttachments attachments;

	private final AttachmentPages pages;

	NewAttachmentController(EditorialAttachments attachments, AttachmentPages pages) {
		this.attachments = attachments;
		this.pages = pages;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		AttachmentPages.reportTooLarge(model, new BeanPropertyBindingResult(AttachmentForm.EMPTY, "form"), "file");
		return this.pages.adding(model, id, AttachmentForm.EMPTY, null);
	}

	@PostMapping
	String attach(@PathVariable long id, @Valid @ModelAttribute("form") AttachmentForm form, BindingResult result,
			@RequestParam(required = false) String removeFile, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		this.pages.requireResource(id);
		if (removeFile != null) {
			AttachmentForm cleared = form.withoutFile();
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(cleared, "form"));
			return this.pages.adding(model, id, cleared, null);
		}
		Optional<StoredFile> file = this.attachments.fileOf(form, result, "file");
		if (file.isEmpty() && !result.hasFieldErrors("file")) {
			result.rejectValue("file", "editorial.attachment.file.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.pages.adding(model, id, form, file.orElse(null));
		}
		String title = form.titleFor(file.get());
		this.attachments.attach(id, file.get(), form);
		redirect.addFlashAttribute("notice", "editorial.notice.attached");
		redirect.addFlashAttribute("noticeArgs", new Object[] { title });
		return "redirect:/admin/resources/" + id;
	}

}
