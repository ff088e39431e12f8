package uk.youthjustice.library.accounts;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a one-time set-password link opens: the owner of a new account, someone who
 * forgot their password, and the first administrator all end here, then sign in.
 */
@Controller
@RequestMapping("/account/password/{token}")
class SetPasswordController {

	static final String FORM_VIEW = "accounts/set-password";

	static final String INVALID_VIEW = "accounts/password-link-invalid";

	private final Accounts accounts;

	private final SetPasswordFormValidator validator;

	SetPasswordController(Accounts accounts, SetPasswordFormValidator validator) {
		this.accounts = accounts;
		this.validator = validator;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		UserAccount account = this.accounts.accountForPasswordLink(token).orElse(null);
		if (account == null) {
			return gone(response);
		}
		model.addAttribute("account", account);
		model.addAttribute("form", SetPasswordForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String save(@PathVariable String token, @Validated @ModelAttribute("form") SetPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UserAccount account = this.accounts.accountForPasswordLink(token).orElse(null);
		if (account == null) {
			return gone(response);
		}
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return FORM_VIEW;
		}
		try {
			this.accounts.setPassword(token, form.password());
		}
		catch (IllegalStateException ex) {
			// Used in another tab a moment ago.
			return gone(response);
		}
		redirect.addFlashAttribute("notice", "accounts.password.saved");
		return "redirect:" + SecurityConfiguration.SIGN_IN;
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return INVALID_VIEW;
	}

}
