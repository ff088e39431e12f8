package uk.youthjustice.library.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.youthjustice.library.system.Breadcrumb;
import uk.youthjustice.library.system.Pagination;

/** The audit log of sign-ins, newest first, for administrators. */
@Controller
class SignInRecordsController {

	static final String VIEW = "accounts/sign-ins";

	private final SignInRecords records;

	private final MessageSource messages;

	SignInRecordsController(SignInRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@GetMapping("/admin/users/sign-ins")
	String list(@RequestParam(required = false) String page, Model model, Locale locale) {
		int asked = Pagination.pageAsked(page);
		Page<SignInAttempt> attempts = this.records.page(asked);
		if (asked > 1 && asked > attempts.getTotalPages()) {
			asked = Math.max(1, attempts.getTotalPages());
			attempts = this.records.page(asked);
		}
		model.addAttribute("attempts", attempts.getContent());
		model.addAttribute("total", attempts.getTotalElements());
		model.addAttribute("pages", Pagination.of(asked, Math.max(1, attempts.getTotalPages()),
				(number) -> "/admin/users/sign-ins?page=" + number));
		model.addAttribute("navigation", UserAdminController.NAVIGATION);
		model.addAttribute("breadcrumbs", List
			.of(new Breadcrumb(this.messages.getMessage("accounts.users.heading", null, locale), "/admin/users")));
		return VIEW;
	}

}
