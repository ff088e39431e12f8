package uk.youthjustice.library.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.youthjustice.library.system.Pagination;

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
		model.addAttribute("results", this.search.search(terms, Pagination.pageAsked(page)))
			.addAttribute("navigation", "browse");
		return VIEW;
	}

}
