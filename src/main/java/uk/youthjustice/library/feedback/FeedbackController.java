package uk.youthjustice.library.feedback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.youthjustice.library.system.PublicAddress;

/**
 * "Is this page useful?" answers and problem reports. Every form here works without
 * JavaScript, carries no CSRF token and sets no cookie (docs/decisions/0009); the rate
 * limit per client address bounds abuse instead. Redirects go only to
 * {@link PagePath}-checked paths, which contain no URI template braces.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackController {

	static final String PROBLEM_VIEW = "feedback/problem";

	static final String THANKS_VIEW = "feedback/thanks";

	static final String MESSAGE_VIEW = "feedback/message";

	private final FeedbackInbox inbox;

	private final RateLimiter limiter;

	private final ProblemFormValidator validator;

	private final PublicAddress address;

	FeedbackController(FeedbackInbox inbox, RateLimiter feedbackRateLimiter, ProblemFormValidator validator,
			PublicAddress address) {
		this.inbox = inbox;
		this.limiter = feedbackRateLimiter;
		this.validator = validator;
		this.address = address;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@PostMapping
	String answer(@RequestParam(required = false) String page, @RequestParam(required = false) String useful,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String path = PagePath.orHome(page);
		model.addAttribute("page", path);
		RateLimiter.Permit permit = this.limiter.tryAcquire(clientAddress(request));
		if (!permit.granted()) {
			refuse(permit, response, model);
			model.addAttribute("messageKey", "feedback.too-many");
			return MESSAGE_VIEW;
		}
		if (!"yes".equals(useful) && !"no".equals(useful)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("messageKey", "feedback.not-understood");
			return MESSAGE_VIEW;
		}
		boolean isUseful = "yes".equals(useful);
		this.inbox.recordAnswer(path, isUseful);
		if (isUseful) {
			return "redirect:" + path + "?" + FeedbackPromptAdvice.THANKED_PARAMETER + "="
					+ FeedbackPromptAdvice.THANKED_VALUE + "#feedback";
		}
		return "redirect:/feedback/problem?page=" + encode(path) + "&answer=no";
	}

	/** Someone who typed the form's address, or reloaded after a failed post. */
	@GetMapping
	String answerByGet() {
		return "redirect:/feedback/problem";
	}

	@GetMapping("/problem")
	String problemForm(@RequestParam(required = false) String page, @RequestParam(required = false) String answer,
			Model model) {
		ProblemForm form = ProblemForm.about(page);
		model.addAttribute("form", form);
		model.addAttribute("answeredNo", "no".equals(answer));
		return problemView(form, model);
	}

	@PostMapping("/problem")
	String reportProblem(@Validated @ModelAttribute("form") ProblemForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		RateLimiter.Permit permit = this.limiter.tryAcquire(clientAddress(request));
		if (!permit.granted()) {
			refuse(permit, response, model);
			model.addAttribute("tooMany", true);
			return problemView(form, model);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return problemView(form, model);
		}
		this.inbox.recordProblem(form.page(), form.whatDoing(), form.whatWrong());
		return "redirect:/feedback/thanks?page=" + encode(form.page());
	}

	@GetMapping("/thanks")
	String thanks(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("page", PagePath.orHome(page));
		return THANKS_VIEW;
	}

	private String problemView(ProblemForm form, Model model) {
		model.addAttribute("maxLength", ProblemForm.MAX_LENGTH);
		model.addAttribute("pageAddress", this.address.of(form.page()));
		return PROBLEM_VIEW;
	}

	private static void refuse(RateLimiter.Permit permit, HttpServletResponse response, Model model) {
		long seconds = Math.max(1, permit.retryAfter().plusNanos(999_999_999).toSeconds());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		model.addAttribute("retryMinutes", (seconds + 59) / 60);
	}

	// Behind a reverse proxy this is the proxy's address unless
	// server.forward-headers-strategy
	// is set, so that Tomcat takes the client's from X-Forwarded-For.
	private static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	private static String encode(String path) {
		return URLEncoder.encode(path, StandardCharsets.UTF_8);
	}

}
