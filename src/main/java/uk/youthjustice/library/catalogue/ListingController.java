package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.youthjustice.library.system.FeedLink;
import uk.youthjustice.library.system.PublicAddress;

/** Category and topic pages: the resources in one, filtered, sorted and paginated. */
@Controller
class ListingController {

	static final String VIEW = "catalogue/listing";

	private final Listings listings;

	private final PublicAddress address;

	private final MessageSource messages;

	ListingController(Listings listings, PublicAddress address, MessageSource messages) {
		this.listings = listings;
		this.address = address;
		this.messages = messages;
	}

	@GetMapping("/categories/{slug}")
	String category(@PathVariable String slug, @ModelAttribute ListingParameters parameters, Model model) {
		return show(this.listings.category(slug, parameters), model);
	}

	@GetMapping("/topics/{slug}")
	String topic(@PathVariable String slug, @ModelAttribute ListingParameters parameters, Model model) {
		return show(this.listings.topic(slug, parameters), model);
	}

	private String show(Optional<ListingPage> found, Model model) {
		ListingPage page = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String feedTitle = this.messages.getMessage("listing.feed." + page.kind().name(), new Object[] { page.name() },
				LocaleContextHolder.getLocale());
		// Filtered views are the same content as the plain listing; only the page number
		// makes a different document.
		String canonical = page.path() + ((page.query().page() > 1) ? "?page=" + page.query().page() : "");
		model.addAttribute("listing", page)
			.addAttribute("navigation", "browse")
			.addAttribute("feed", new FeedLink(feedTitle, page.kind().feedPath(page.slug())))
			.addAttribute("canonicalUrl", this.address.of(canonical))
			.addAttribute("breadcrumbs", List.of());
		return VIEW;
	}

}
