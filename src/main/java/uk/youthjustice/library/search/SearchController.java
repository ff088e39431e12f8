package uk.youthjustice.library.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.youthjustice.library.search.analytics.SearchAnalytics;

/**
 * The search page. A search is recorded for the analytics when its first page is shown,
 * outside the search's read-only transaction; later pages and other orders of the same
 * search are not counted again.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final LibrarySearch search;

	private final SearchAnalytics analytics;

	private final SearchAdmission admission;

	SearchController(LibrarySearch search, SearchAnalytics analytics, SearchAdmission admission) {
		this.search = search;
		this.analytics = analytics;
		this.admission = admission;
	}

	@GetMapping("/search")
	String search(SearchParameters parameters, Model model) {
		SearchPage page = this.admission.inTurn(() -> this.search.search(parameters));
		if (page.query().page() == 1 && page.query().sort() == SearchSort.RELEVANCE) {
			page = page.withSearchId(
					this.analytics.recordSearch(page.query().words(), page.query().filtersQueryString(), page.total()));
		}
		model.addAttribute("results", page).addAttribute("navigation", "browse");
		return VIEW;
	}

}
