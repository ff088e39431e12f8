package uk.youthjustice.library.search.index;

import java.security.Principal;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search admin hub {@code /admin/search}: the index beside the database, rebuilding
 * it (administrators only) and how far a rebuild has got. Without JavaScript the page
 * reloads itself while a rebuild runs; reindex-progress.js polls the status instead.
 */
@Controller
@RequestMapping("/admin/search")
class SearchIndexAdminController {

	static final String VIEW = "search/index-admin";

	static final String PAGE = "/admin/search";

	/** How often the page reloads itself without JavaScript while a rebuild runs. */
	static final int REFRESH_SECONDS = 5;

	private final SearchIndex index;

	private final IndexTexts texts;

	SearchIndexAdminController(SearchIndex index, IndexTexts texts) {
		this.index = index;
		this.texts = texts;
	}

	@GetMapping
	String page(Model model, Locale locale) {
		IndexTexts.IndexPage page = this.texts.page(this.index.status(), locale);
		model.addAttribute("page", page).addAttribute("navigation", "admin-search");
		if (page.status().rebuilding()) {
			model.addAttribute("refreshAfterSeconds", REFRESH_SECONDS);
		}
		return VIEW;
	}

	@PostMapping("/reindex")
	String rebuild(Principal principal, RedirectAttributes redirect) {
		try {
			this.index.rebuild(RebuildReason.REQUESTED, principal.getName());
			redirect.addFlashAttribute("notice", "search-index.started");
		}
		catch (RebuildRefused ex) {
			redirect.addFlashAttribute("refused", ex.running().monitor().startedAt());
		}
		return "redirect:" + PAGE;
	}

	/** For reindex-progress.js: how far the rebuild has got, or how the last ended. */
	@GetMapping(path = "/reindex/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	RebuildStatus status(Locale locale) {
		return this.index.running()
			.map((rebuild) -> RebuildStatus.running(rebuild.progress(),
					this.texts.progress(rebuild.progress(), locale)))
			.orElseGet(() -> RebuildStatus
				.idle(this.index.lastOutcome().map((outcome) -> this.texts.outcome(outcome, locale)).orElse(null)));
	}

	/**
	 * What the script shows.
	 *
	 * @param running whether a rebuild runs
	 * @param indexed resources indexed so far
	 * @param total resources to index, or -1 while they are being counted
	 * @param percent how far, from 0 to 100
	 * @param text the progress, or once it has ended how the last rebuild ended
	 */
	record RebuildStatus(boolean running, long indexed, long total, int percent, String text) {

		static RebuildStatus running(RebuildProgress progress, String text) {
			return new RebuildStatus(true, progress.indexed(), progress.total(), progress.percent(), text);
		}

		static RebuildStatus idle(String text) {
			return new RebuildStatus(false, 0, 0, 0, text);
		}

	}

}
