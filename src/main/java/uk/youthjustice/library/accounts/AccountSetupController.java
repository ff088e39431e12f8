package uk.youthjustice.library.accounts;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The one-time page where the first administrator chooses their sign-in. */
@Controller
@RequestMapping("/account/setup/{token}")
class AccountSetupController {

	static final String FORM_VIEW = "accounts/setup";

	static final String INVALID_VIEW = "accounts/setup-link-invalid";

	private final Accounts accounts;

	private final SetupFormValidator validator;

	AccountSetupController(Accounts accounts, SetupFormValidator validator) {
		this.accounts = accounts;
		this.validator = validator;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.accounts.isFirstAdministratorTokenValid(token)) {
			response.setStatus(HttpStatus.GONE.value());
			return INVALID_VIEW;
		}
		model.addAttribute("form", SetupForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String complete(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!this.accounts.isFirstAdministratorTokenValid(token)) {
			response.setStatus(HttpStatus.GONE.value());
			return INVALID_VIEW;
		}
		if (!result.hasFieldErrors("email") && this.accounts.findByEmail(form.email()).isPresent()) {
			result.rejectValue("email", "setup.email.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return FORM_VIEW;
		}
		this.accounts.completeFirstAdministrator(token, form.email(), form.displayName(), form.password());
		redirect.addFlashAttribute("notice", "setup.complete");
		return "redirect:/";
	}

}
