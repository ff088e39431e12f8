package uk.youthjustice.library.catalogue;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages of categories, topics and evidence labels: one list each, with forms to
 * add and change terms and to delete those no resource uses. The three vocabularies work
 * alike; {@link Vocabulary} says where they differ.
 */
@Controller
@RequestMapping("/admin/{vocabulary:categories|topics|evidence}")
class TaxonomyAdminController {

	static final String LIST_VIEW = "catalogue/taxonomy-list";

	static final String FORM_VIEW = "catalogue/taxonomy-form";

	static final String DELETE_VIEW = "catalogue/taxonomy-delete";

	static final String IN_USE_VIEW = "catalogue/taxonomy-in-use";

	private static final String ID = "/{id:\\d{1,18}}";

	private final TaxonomyAdmin admin;

	private final TermFormValidator validator;

	TaxonomyAdminController(TaxonomyAdmin admin, TermFormValidator validator) {
		this.admin = admin;
		this.validator = validator;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@ModelAttribute("vocabulary")
	Vocabulary vocabulary(@PathVariable("vocabulary") String path, Model model) {
		model.addAttribute("navigation", "admin-taxonomy").addAttribute("vocabularies", Vocabulary.values());
		return Vocabulary.fromPath(path).orElseThrow(TaxonomyAdminController::notFound);
	}

	@GetMapping
	String list(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary, Model model) {
		model.addAttribute("terms", this.admin.list(vocabulary));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String add(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary, Model model) {
		model.addAttribute("form", this.admin.newForm(vocabulary));
		return FORM_VIEW;
	}

	@PostMapping
	String create(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary,
			@Validated @ModelAttribute("form") TermForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!isValid(vocabulary, form, null, result, response)) {
			return FORM_VIEW;
		}
		this.admin.create(vocabulary, form);
		redirect.addFlashAttribute("notice", vocabulary.messageKey("created"));
		return "redirect:" + vocabulary.getAdminPath();
	}

	@GetMapping(ID)
	String edit(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary, @PathVariable Long id,
			Model model) {
		TermDetails term = find(vocabulary, id);
		model.addAttribute("term", term).addAttribute("form", TermForm.of(term, vocabulary));
		return FORM_VIEW;
	}

	@PostMapping(ID)
	String update(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary, @PathVariable Long id,
			@Validated @ModelAttribute("form") TermForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("term", find(vocabulary, id));
		if (!isValid(vocabulary, form, id, result, response)) {
			return FORM_VIEW;
		}
		this.admin.update(vocabulary, id, form);
		redirect.addFlashAttribute("notice", vocabulary.messageKey("updated"));
		return "redirect:" + vocabulary.getAdminPath();
	}

	/** Asks to confirm, or explains why the term cannot go while resources use it. */
	@GetMapping(ID + "/delete")
	String confirmDelete(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary,
			@PathVariable Long id, Model model) {
		model.addAttribute("term", find(vocabulary, id));
		TermUsage usage = this.admin.usage(vocabulary, id);
		model.addAttribute("usage", usage);
		return usage.inUse() ? IN_USE_VIEW : DELETE_VIEW;
	}

	@PostMapping(ID + "/delete")
	String delete(@ModelAttribute(name = "vocabulary", binding = false) Vocabulary vocabulary, @PathVariable Long id,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("term", find(vocabulary, id));
		TermUsage usage;
		try {
			usage = this.admin.deleteIfUnused(vocabulary, id);
		}
		catch (DataIntegrityViolationException ex) {
			// A resource was filed under the term after the check: say which.
			usage = this.admin.usage(vocabulary, id);
			if (!usage.inUse()) {
				throw ex;
			}
		}
		if (usage.inUse()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("usage", usage);
			return IN_USE_VIEW;
		}
		redirect.addFlashAttribute("notice", vocabulary.messageKey("deleted"));
		return "redirect:" + vocabulary.getAdminPath();
	}

	private boolean isValid(Vocabulary vocabulary, TermForm form, Long id, BindingResult result,
			HttpServletResponse response) {
		if (!result.hasFieldErrors("name") && this.admin.isNameTaken(vocabulary, form.name(), id)) {
			result.rejectValue("name", vocabulary.messageKey("name.taken"), new Object[] { form.name() }, null);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return false;
		}
		return true;
	}

	private TermDetails find(Vocabulary vocabulary, Long id) {
		return this.admin.find(vocabulary, id).orElseThrow(TaxonomyAdminController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
