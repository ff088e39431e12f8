package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST and the sign-out; this page
 * shows the form and says what happened last: a failed or refused sign-in (from
 * {@link SignInFailureHandler}), a sign-out, or an ended session.
 */
@Controller
class SignInController {

	static final String VIEW = "accounts/sign-in";

	@GetMapping(SecurityConfiguration.SIGN_IN)
	String show(HttpServletRequest request, Authentication authentication, Model model, Locale locale) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:" + SecurityConfiguration.AFTER_SIGN_IN;
		}
		SignInProblem problem = (SignInProblem) model.getAttribute(SignInFailureHandler.PROBLEM);
		SignInForm form = new SignInForm((problem != null) ? problem.username() : "", "");
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		if (problem != null) {
			explain(problem, errors, locale);
		}
		else if (request.getParameterMap().containsKey("signed-out") && !model.containsAttribute("notice")) {
			model.addAttribute("notice", "accounts.sign-in.signed-out");
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("sessionEnded", request.getParameterMap().containsKey("expired") && problem == null);
		return VIEW;
	}

	private void explain(SignInProblem problem, BindingResult errors, Locale locale) {
		switch (problem.kind()) {
			case BLANK -> {
				if (problem.usernameBlank()) {
					errors.rejectValue("username", "accounts.sign-in.username.required");
				}
				if (problem.passwordBlank()) {
					errors.rejectValue("password", "accounts.sign-in.password.required");
				}
			}
			case THROTTLED -> errors.rejectValue("username", "accounts.sign-in.throttled",
					new Object[] { retryTime(problem.refusedUntil(), locale) }, null);
			case FAILED -> errors.rejectValue("username", "accounts.sign-in.failed");
		}
	}

	/** The time to try again, rounded up to the minute, as "3:46pm" in UK time. */
	private String retryTime(Instant until, Locale locale) {
		Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
		Instant shown = minute.equals(until) ? minute : minute.plus(1, ChronoUnit.MINUTES);
		return DateTimeFormatter.ofPattern("h:mma", locale)
			.withZone(SetPasswordLinkSender.LONDON)
			.format(shown)
			.toLowerCase(locale);
	}

}
