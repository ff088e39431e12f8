package uk.youthjustice.library.dashboard;

import java.security.Principal;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.youthjustice.library.system.Breadcrumb;

/**
 * The admin area's front page, the list of every resource and the "due for review" list.
 * Editors and administrators only (the security configuration guards /admin/**).
 */
@Controller
class DashboardController {

	static final String DASHBOARD_VIEW = "dashboard/dashboard";

	static final String RESOURCES_VIEW = "dashboard/resources";

	static final String REVIEW_VIEW = "dashboard/review";

	private final Dashboard dashboard;

	private final ResourceList resourceList;

	private final MessageSource messages;

	DashboardController(Dashboard dashboard, ResourceList resourceList, MessageSource messages) {
		this.dashboard = dashboard;
		this.resourceList = resourceList;
		this.messages = messages;
	}

	@GetMapping("/admin")
	String dashboard(Principal principal, Model model) {
		model.addAttribute("dashboard", this.dashboard.page(principal.getName()))
			.addAttribute("navigation", "admin-dashboard");
		return DASHBOARD_VIEW;
	}

	@GetMapping("/admin/resources")
	String resources(@RequestParam MultiValueMap<String, String> query, Principal principal, Model model) {
		model.addAttribute("list", this.resourceList.page(ResourceListParameters.of(query), principal.getName()))
			.addAttribute("navigation", "admin-resources");
		return RESOURCES_VIEW;
	}

	@GetMapping("/admin/review")
	String review(Model model) {
		String dashboardLabel = this.messages.getMessage("dashboard.heading", null, LocaleContextHolder.getLocale());
		model.addAttribute("review", this.dashboard.review())
			.addAttribute("navigation", "admin-dashboard")
			.addAttribute("breadcrumbs", List.of(new Breadcrumb(dashboardLabel, "/admin")));
		return REVIEW_VIEW;
	}

}
