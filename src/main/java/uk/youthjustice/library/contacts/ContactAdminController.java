package uk.youthjustice.library.contacts;

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
 * The admin pages of contact cards: a searchable list, forms to add and change cards, a
 * button to record that a card was checked today, and deleting cards no resource names.
 */
@Controller
@RequestMapping("/admin/contacts")
class ContactAdminController {

	static final String LIST_VIEW = "contacts/admin-list";

	static final String FORM_VIEW = "contacts/admin-form";

	static final String DELETE_VIEW = "contacts/admin-delete";

	static final String IN_USE_VIEW = "contacts/admin-in-use";

	private static final String ID = "/{id:\\d{1,18}}";

	private static final String LIST = "redirect:/admin/contacts";

	private final ContactAdmin admin;

	private final ContactFormValidator validator;

	ContactAdminController(ContactAdmin admin, ContactFormValidator validator) {
		this.admin = admin;
		this.validator = validator;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@ModelAttribute("navigation")
	String navigation() {
		return "admin-contacts";
	}

	@GetMapping
	String list(ContactListParameters parameters, Model model) {
		model.addAttribute("contacts", this.admin.list(parameters));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String add(Model model) {
		model.addAttribute("form", ContactForm.empty()).addAttribute("regions", this.admin.regionChoicesFor(null));
		return FORM_VIEW;
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!isValid(form, null, result, model, response)) {
			return FORM_VIEW;
		}
		CardIdentity card = this.admin.create(form);
		redirect.addFlashAttribute("notice", "contacts-admin.created");
		return "redirect:/admin/contacts/" + card.id();
	}

	@GetMapping(ID)
	String edit(@PathVariable Long id, Model model) {
		CardIdentity card = find(id);
		ContactForm form = this.admin.form(id).orElseThrow(ContactAdminController::notFound);
		model.addAttribute("card", card)
			.addAttribute("form", form)
			.addAttribute("regions", this.admin.regionChoicesFor(form.region()));
		return FORM_VIEW;
	}

	@PostMapping(ID)
	String update(@PathVariable Long id, @Validated @ModelAttribute("form") ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("card", find(id));
		if (!isValid(form, id, result, model, response)) {
			return FORM_VIEW;
		}
		this.admin.update(id, form);
		redirect.addFlashAttribute("notice", "contacts-admin.updated");
		return "redirect:/admin/contacts/" + id;
	}

	@PostMapping(ID + "/verified")
	String markVerified(@PathVariable Long id, RedirectAttributes redirect) {
		this.admin.markVerified(id).orElseThrow(ContactAdminController::notFound);
		redirect.addFlashAttribute("notice", "contacts-admin.verified");
		return "redirect:/admin/contacts/" + id;
	}

	/** Asks to confirm, or explains why the card cannot go while resources name it. */
	@GetMapping(ID + "/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("card", find(id));
		CardUsage usage = this.admin.usage(id);
		model.addAttribute("usage", usage);
		return usage.inUse() ? IN_USE_VIEW : DELETE_VIEW;
	}

	@PostMapping(ID + "/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("card", find(id));
		CardUsage usage;
		try {
			usage = this.admin.deleteIfUnused(id);
		}
		catch (DataIntegrityViolationException ex) {
			// A resource started naming the card after the check: say which.
			usage = this.admin.usage(id);
			if (!usage.inUse()) {
				throw ex;
			}
		}
		if (usage.inUse()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("usage", usage);
			return IN_USE_VIEW;
		}
		redirect.addFlashAttribute("notice", "contacts-admin.deleted");
		return LIST;
	}

	private boolean isValid(ContactForm form, Long id, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!result.hasFieldErrors("email")) {
			this.admin.otherCardWithEmail(form.email(), id).ifPresent((other) -> {
				result.rejectValue("email", "contacts-admin.email.taken", new Object[] { other.label() }, null);
				model.addAttribute("duplicate", other);
			});
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			// A region that failed the check is not offered back as a choice.
			String region = result.hasFieldErrors("region") ? null : form.region();
			model.addAttribute("regions", this.admin.regionChoicesFor(region));
			return false;
		}
		return true;
	}

	private CardIdentity find(Long id) {
		return this.admin.find(id).orElseThrow(ContactAdminController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
