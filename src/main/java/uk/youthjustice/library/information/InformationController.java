package uk.youthjustice.library.information;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.youthjustice.library.system.PublicAddress;

/**
 * The pages every public website owes its readers: how accessible it is, what it does
 * with personal data and which cookies it sets. Their words are in
 * i18n/information.properties; the facts that depend on how the library is run come from
 * its configuration.
 */
@Controller
class InformationController {

	static final String ACCESSIBILITY_VIEW = "information/accessibility";

	static final String PRIVACY_VIEW = "information/privacy";

	static final String COOKIES_VIEW = "information/cookies";

	private final String organisationName;

	private final String sessionCookieName;

	private final long sessionTimeoutMinutes;

	private final long searchRetentionMonths;

	private final PublicAddress address;

	InformationController(
			@Value("${library.organisation-name:the national body that publishes this library}") String organisationName,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookieName,
			@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
			@Value("${library.search.analytics.retention:365d}") Duration searchRetention, PublicAddress address) {
		this.organisationName = organisationName;
		this.sessionCookieName = sessionCookieName;
		this.sessionTimeoutMinutes = sessionTimeout.toMinutes();
		// In whole months, as search.analytics states it to editors.
		this.searchRetentionMonths = Math.max(1, Math.round(searchRetention.toDays() * 12 / 365.0));
		this.address = address;
	}

	@ModelAttribute
	void contact(Model model) {
		model.addAttribute("organisationName", this.organisationName);
	}

	@GetMapping("/accessibility")
	String accessibility(Model model) {
		model.addAttribute("siteAddress", this.address.of("/"));
		return ACCESSIBILITY_VIEW;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("sessionTimeoutMinutes", this.sessionTimeoutMinutes)
			.addAttribute("searchRetentionMonths", this.searchRetentionMonths);
		return PRIVACY_VIEW;
	}

	@GetMapping("/cookies")
	String cookies(Model model) {
		model.addAttribute("sessionCookieName", this.sessionCookieName);
		model.addAttribute("sessionTimeoutMinutes", this.sessionTimeoutMinutes);
		return COOKIES_VIEW;
	}

}
