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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.system.ListForm;

/**
 * Creating a resource: first the kind (practice example or guidance document), then its
 * form. A new resource is a draft; publishing is a separate step.
 */
@Controller
@ListForm
@RequestMapping("/admin/resources/new")
class NewResourceController {

	private final Editing editing;

	private final FormPages pages;

	NewResourceController(Editing editing, FormPages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	/**
	 * Without a kind, the question; with one, that kind's empty form. The question's form
	 * sends "answered" too, so that sending it without a choice gets an error.
	 */
	@GetMapping
	String show(@RequestParam(required = false) String kind, @RequestParam(required = false) String answered,
			Model model, HttpServletResponse response) {
		if (kind == null && answered == null) {
			return this.pages.chooser(model, false);
		}
		return Kinds.fromParameter((kind != null) ? kind : "").map((chosen) -> {
			ResourceForm form = ResourceForm.empty(chosen.kind());
			AttachmentPages.reportTooLarge(model, new BeanPropertyBindingResult(form, "form"), FormPages.FILE_FIELD);
			return this.pages.form(model, chosen, form, null);
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.pages.chooser(model, true);
		});
	}

	@PostMapping
	String create(@RequestParam String kind, @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
			FormButtons buttons, Model model, RedirectAttributes redirect, HttpServletResponse response)
			throws IOException {
		Kinds chosen = Kinds.fromParameter(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<StoredFile> file = this.pages.fileOf(form, buttons, result, model);
		if (!buttons.isSave()) {
			return this.pages.reshow(model, chosen, buttons, form, result, null);
		}
		this.editing.check(chosen.kind(), null, form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.pages.form(model, chosen, form, null);
		}
		long id = this.editing.create(chosen.kind(), form);
		this.pages.saved(id, file, form, "editorial.notice.created", redirect);
		return "redirect:/admin/resources/" + id;
	}

}
