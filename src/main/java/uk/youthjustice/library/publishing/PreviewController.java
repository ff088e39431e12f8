package uk.youthjustice.library.publishing;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.youthjustice.library.catalogue.ResourcePage;
import uk.youthjustice.library.catalogue.ResourcePages;
import uk.youthjustice.library.system.Breadcrumb;

/**
 * A resource exactly as its public page would show it, whatever its status, under a
 * banner saying it is a preview: {@code /admin/resources/{id}/preview}. Only editors can
 * reach it (it is under /admin); it is never stored by a cache or indexed, and has no
 * canonical link, since a draft has no public address.
 */
@Controller
class PreviewController {

	/** The public page's own template, so the preview cannot drift from it. */
	static final String VIEW = "catalogue/resource";

	private final ResourcePages pages;

	PreviewController(ResourcePages pages) {
		this.pages = pages;
	}

	@GetMapping("/admin/resources/{id:\\d+}/preview")
	String preview(@PathVariable Long id, Model model, HttpServletResponse response) {
		ResourcePage page = this.pages.preview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("page", page)
			.addAttribute("previewOf", id)
			.addAttribute("navigation", AdminFrame.NAVIGATION)
			.addAttribute("canonicalUrl", null)
			.addAttribute("breadcrumbs",
					List.of(new Breadcrumb(page.category().name(), "/categories/" + page.category().slug())));
		return VIEW;
	}

}
