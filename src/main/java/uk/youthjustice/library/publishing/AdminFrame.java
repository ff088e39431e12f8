package uk.youthjustice.library.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.youthjustice.library.system.Breadcrumb;

/**
 * What the layout needs on the workflow's admin pages: the admin navigation, breadcrumbs
 * back to the resource list, and no canonical link, since no admin page has a public
 * address.
 */
@Component
class AdminFrame {

	static final String NAVIGATION = "admin-resources";

	private final MessageSource messages;

	AdminFrame(MessageSource messages) {
		this.messages = messages;
	}

	/** Frames a page about the resource, with breadcrumbs up to the resource list. */
	Model frame(Model model, Locale locale) {
		return model.addAttribute("navigation", NAVIGATION)
			.addAttribute("canonicalUrl", null)
			.addAttribute("breadcrumbs", crumbs(locale, null));
	}

	/** Frames a page below the resource's overview, with a breadcrumb back to it. */
	Model frame(Model model, Locale locale, Overview overview) {
		return frame(model, locale).addAttribute("breadcrumbs", crumbs(locale, overview));
	}

	private List<Breadcrumb> crumbs(Locale locale, Overview overview) {
		List<Breadcrumb> crumbs = new ArrayList<>();
		crumbs.add(new Breadcrumb(this.messages.getMessage("layout.admin.dashboard", null, locale), "/admin"));
		crumbs
			.add(new Breadcrumb(this.messages.getMessage("layout.admin.resources", null, locale), "/admin/resources"));
		if (overview != null) {
			crumbs.add(new Breadcrumb(overview.title(), ResourceOverviewController.path(overview.id())));
		}
		return crumbs;
	}

}
