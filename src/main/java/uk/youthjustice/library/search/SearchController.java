package uk.youthjustice.library.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a search box and the public resources that match. */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final LibrarySearch search;

	SearchController(LibrarySearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String terms,
			@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("results", this.search.search(terms, pageNumber(page))).addAttribute("navigation", "browse");
		return VIEW;
	}

	// A page number that is not one is page 1; the search clamps the rest.
	private static int pageNumber(String page) {
		if (page == null || page.length() > 9) {
			return 1;
		}
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
