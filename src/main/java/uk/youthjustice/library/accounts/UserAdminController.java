package uk.youthjustice.library.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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

import uk.youthjustice.library.system.Breadcrumb;
import uk.youthjustice.library.system.Choice;

/**
 * Administrators' list of accounts, an account's page, and creating an account. A new
 * account has no password: its owner gets a set-password link.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST_VIEW = "accounts/users";

	static final String ACCOUNT_VIEW = "accounts/user";

	static final String NEW_VIEW = "accounts/new-user";

	static final String NAVIGATION = "admin-users";

	private final UserAdministration administration;

	private final SetPasswordLinkSender links;

	private final NewAccountFormValidator validator;

	private final MessageSource messages;

	UserAdminController(UserAdministration administration, SetPasswordLinkSender links,
			NewAccountFormValidator validator, MessageSource messages) {
		this.administration = administration;
		this.links = links;
		this.validator = validator;
		this.messages = messages;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@ModelAttribute("navigation")
	String navigation() {
		return NAVIGATION;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.administration.users());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("user", this.administration.find(id).orElseThrow(AccountNotFoundException::new));
		model.addAttribute("breadcrumbs", usersBreadcrumb(locale));
		return ACCOUNT_VIEW;
	}

	@GetMapping("/new")
	String newAccount(Model model, Locale locale) {
		model.addAttribute("form", NewAccountForm.empty());
		return showForm(model, locale);
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(model, locale);
		}
		UserAccount account = this.administration.create(form.email(), form.displayName(), form.grantedRoles());
		redirect.addFlashAttribute(UserAccessController.LINK_SENT, this.links.send(account.getId(), locale));
		redirect.addFlashAttribute("accountCreated", true);
		return "redirect:/admin/users/" + account.getId() + "/set-password-link";
	}

	private String showForm(Model model, Locale locale) {
		model.addAttribute("roleChoices", roleChoices(locale));
		model.addAttribute("breadcrumbs", usersBreadcrumb(locale));
		return NEW_VIEW;
	}

	private List<Choice> roleChoices(Locale locale) {
		return Arrays.stream(Role.values())
			.map((role) -> new Choice(role.name(), this.messages.getMessage("accounts.role." + role, null, locale)))
			.toList();
	}

	List<Breadcrumb> usersBreadcrumb(Locale locale) {
		return List
			.of(new Breadcrumb(this.messages.getMessage("accounts.users.heading", null, locale), "/admin/users"));
	}

}
