package uk.youthjustice.library.search.analytics;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The links of search results: {@code /search/result?search=12&rank=3&to=slug} records
 * that the third result of search 12 was chosen, then sends the reader on to the
 * resource. It only ever leads to a resource's page on this site (or back to the search
 * page), whatever the parameters say, so it cannot be used to send people elsewhere.
 */
@Controller
class SearchResultController {

	private final SearchAnalytics analytics;

	SearchResultController(SearchAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/search/result")
	ResponseEntity<Void> follow(@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "rank", required = false) String rank,
			@RequestParam(name = "to", required = false) String to, HttpServletRequest request) {
		if (to == null || !SearchAnalytics.SLUG.matcher(to).matches()) {
			return seeOther(request.getContextPath() + "/search");
		}
		Long searchId = number(search);
		Long place = number(rank);
		if (searchId != null && place != null && place <= SearchAnalytics.MAX_RANK) {
			this.analytics.recordClick(searchId, to, place.intValue());
		}
		return seeOther(request.getContextPath() + "/resources/" + to);
	}

	// 303: the GET that follows is the reader's own; no cache keeps the hop, so that each
	// choice is counted.
	private static ResponseEntity<Void> seeOther(String path) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(path))
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.build();
	}

	private static Long number(String text) {
		if (text == null || !text.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(text);
	}

}
