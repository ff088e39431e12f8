package uk.youthjustice.library.accounts;

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

/**
 * The one-time page where the first administrator says who they are. It ends on the
 * set-password page, like every other new account.
 */
@Controller
@RequestMapping("/account/setup/{token}")
class AccountSetupController {

	static final String FORM_VIEW = "accounts/setup";

	static final String INVALID_VIEW = "accounts/setup-link-invalid";

	private final Accounts accounts;

	AccountSetupController(Accounts accounts) {
		this.accounts = accounts;
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
	String start(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			HttpServletResponse response) {
		if (!this.accounts.isFirstAdministratorTokenValid(token)) {
			response.setStatus(HttpStatus.GONE.value());
			return INVALID_VIEW;
		}
		if (!result.hasFieldErrors("email")
				&& this.accounts.findByEmail(form.email()).filter(UserAccount::hasPassword).isPresent()) {
			result.rejectValue("email", "setup.email.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return FORM_VIEW;
		}
		String passwordToken = this.accounts.startFirstAdministrator(token, form.email(), form.displayName().strip());
		return "redirect:/account/password/" + passwordToken;
	}

}
