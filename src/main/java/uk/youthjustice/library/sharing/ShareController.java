package uk.youthjustice.library.sharing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.feedback.RateLimiter;
import uk.youthjustice.library.system.AddAnother;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.ListForm;

/**
 * The public "Share your practice" form. Unlike feedback it keeps CSRF protection, so it
 * gives the practitioner a session cookie (the cookies page says so). A filled-in
 * honeypot is thanked like anyone else and thrown away; the rate limit per client address
 * counts what would be stored, not mistakes or "Add another".
 */
@Controller
@ListForm
@RequestMapping("/share")
class ShareController {

	static final String FORM_VIEW = "sharing/share";

	static final String SENT_VIEW = "sharing/sent";

	private static final Logger logger = LoggerFactory.getLogger(ShareController.class);

	private final Submissions submissions;

	private final ShareFormValidator validator;

	private final RateLimiter limiter;

	private final MessageSource messages;

	private final long sessionTimeoutMinutes;

	ShareController(Submissions submissions, ShareFormValidator validator,
			@Qualifier("sharingRateLimiter") RateLimiter limiter, MessageSource messages,
			@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
		this.submissions = submissions;
		this.validator = validator;
		this.limiter = limiter;
		this.messages = messages;
		this.sessionTimeoutMinutes = sessionTimeout.toMinutes();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", ShareForm.empty());
		return formView(model);
	}

	@PostMapping
	String send(@ModelAttribute("form") ShareForm form, BindingResult result,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (AddAnother.isListEdit(add, remove)) {
			AddAnother.apply(add, remove, form::list);
			return formView(model);
		}
		if (!form.isFromRobot()) {
			this.validator.validate(form, result);
			if (result.hasErrors()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return formView(model);
			}
		}
		RateLimiter.Permit permit = this.limiter.tryAcquire(clientAddress(request));
		if (!permit.granted()) {
			refuse(permit, response, model);
			return formView(model);
		}
		if (form.isFromRobot()) {
			logger.info("Dropped a practice submission with the hidden field filled in");
		}
		else {
			this.submissions.submit(form);
		}
		return "redirect:/share/sent";
	}

	/** The confirmation, after the redirect (Post-Redirect-Get). */
	@GetMapping("/sent")
	String sent() {
		return SENT_VIEW;
	}

	private String formView(Model model) {
		Submissions.Options options = this.submissions.options();
		model.addAttribute("categories", options.categories());
		model.addAttribute("topics", options.topics());
		List<Choice> evidence = new ArrayList<>(options.evidence());
		evidence.add(new Choice(ShareForm.NOT_SURE, message("sharing.evidence.not-sure")));
		model.addAttribute("evidenceChoices", evidence);
		model.addAttribute("sexChoices",
				Stream.of(Sex.MALE, Sex.FEMALE, Sex.NOT_APPLICABLE)
					.map((sex) -> new Choice(sex.name(), message("sharing.sex." + sex.name())))
					.toList());
		model.addAttribute("costChoices",
				Stream.of(ShareForm.FREE, ShareForm.HAS_COST, ShareForm.NOT_SURE)
					.map((cost) -> new Choice(cost, message("sharing.cost." + cost)))
					.toList());
		model.addAttribute("summaryMax", ShareFormValidator.Limits.SUMMARY);
		model.addAttribute("descriptionMax", ShareFormValidator.Limits.DESCRIPTION);
		model.addAttribute("evidenceMax", ShareFormValidator.Limits.EVIDENCE);
		// The CSRF token lives in the session: a form left open longer cannot be sent.
		model.addAttribute("sessionTimeoutMinutes", this.sessionTimeoutMinutes);
		return FORM_VIEW;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static void refuse(RateLimiter.Permit permit, HttpServletResponse response, Model model) {
		long seconds = Math.max(1, permit.retryAfter().plusNanos(999_999_999).toSeconds());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		model.addAttribute("retryMinutes", (seconds + 59) / 60);
	}

	// Behind a reverse proxy this is the proxy's address unless
	// server.forward-headers-strategy is set (docs/operations.md).
	private static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
