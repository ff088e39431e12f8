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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.editorial.SaveResult.Conflict;
import uk.youthjustice.library.system.ListForm;

/**
 * Changing a resource. The form carries the version it was filled from; if someone else
 * has saved since, the editor gets the conflict page (409) instead of a silent overwrite.
 */
@Controller
@ListForm
@RequestMapping("/admin/resources/{id}/edit")
class EditResourceController {

	private final Editing editing;

	private final FormPages pages;

	EditResourceController(Editing editing, FormPages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		EditPage page = this.editing.editPage(id).orElseThrow(() -> new ResourceNotFoundException(id));
		AttachmentPages.reportTooLarge(model, new BeanPropertyBindingResult(page.form(), "form"), FormPages.FILE_FIELD);
		return this.pages.form(model, Kinds.of(page.kind()), page.form(), page);
	}

	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
			FormButtons buttons, Model model, RedirectAttributes redirect, HttpServletResponse response)
			throws IOException {
		EditPage page = this.editing.editPage(id).orElseThrow(() -> new ResourceNotFoundException(id));
		Kinds kind = Kinds.of(page.kind());
		Optional<StoredFile> file = this.pages.fileOf(form, buttons, result, model);
		if (!buttons.isSave()) {
			return this.pages.reshow(model, kind, buttons, form, result, page);
		}
		this.editing.check(page.kind(), page, form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.pages.form(model, kind, form, page);
		}
		SaveResult saved = this.editing.update(id, form);
		if (saved instanceof Conflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return this.pages.conflict(model, kind, conflict);
		}
		this.pages.saved(id, file, form, "editorial.notice.saved", redirect);
		return "redirect:/admin/resources/" + id;
	}

}
