package uk.youthjustice.library.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The search page: a search box and the public resources that match. */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final LibrarySearch search;

	SearchController(LibrarySearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(SearchParameters parameters, Model model) {
		model.addAttribute("results", this.search.search(parameters)).addAttribute("navigation", "browse");
		return VIEW;
	}

}
