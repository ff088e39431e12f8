package uk.youthjustice.library.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.system.Breadcrumb;

/**
 * Who may sign in: disabling and re-enabling an account, and sending its owner a
 * set-password link, which is shown once on a confirmation page.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccessController {

	static final String LINK_VIEW = "accounts/set-password-link";

	/** The flash attribute carrying a new link to its confirmation page. */
	static final String LINK_SENT = "linkSent";

	private final UserAdministration administration;

	private final SetPasswordLinkSender links;

	private final MessageSource messages;

	UserAccessController(UserAdministration administration, SetPasswordLinkSender links, MessageSource messages) {
		this.administration = administration;
		this.links = links;
		this.messages = messages;
	}

	@PostMapping("/disable")
	String disable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.administration.disable(id, authentication.getName());
			redirect.addFlashAttribute("notice", "accounts.user.disabled");
		}
		catch (AccountChangeRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
		}
		return accountPage(id);
	}

	@PostMapping("/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.enable(id);
		redirect.addFlashAttribute("notice", "accounts.user.enabled");
		return accountPage(id);
	}

	@PostMapping("/set-password-link")
	String sendLink(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute(LINK_SENT, this.links.send(id, locale));
		return "redirect:/admin/users/" + id + "/set-password-link";
	}

	/**
	 * The link just made. It lives only in the flash attribute: reloading the page later
	 * shows the account instead, and a new link must be sent.
	 */
	@GetMapping("/set-password-link")
	String showLink(@PathVariable long id, Model model, Locale locale) {
		Object sent = model.getAttribute(LINK_SENT);
		if (!(sent instanceof SetPasswordLinkSender.LinkSent link) || link.accountId() != id) {
			return accountPage(id);
		}
		model.addAttribute("navigation", UserAdminController.NAVIGATION);
		model.addAttribute("breadcrumbs", List.of(
				new Breadcrumb(this.messages.getMessage("accounts.users.heading", null, locale), "/admin/users"),
				new Breadcrumb(link.displayName(), "/admin/users/" + id)));
		return LINK_VIEW;
	}

	private static String accountPage(long id) {
		return "redirect:/admin/users/" + id;
	}

}
