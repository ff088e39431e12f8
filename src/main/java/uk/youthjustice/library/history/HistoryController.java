package uk.youthjustice.library.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.youthjustice.library.system.Breadcrumb;

/**
 * The history pages of resources, contact cards, categories, topics and evidence labels:
 * the list of versions, the differences between two, and restoring one. Version numbers
 * that are not numbers or not versions of the item answer 404.
 */
@Controller
@RequestMapping("/admin/{type:" + ItemType.PATHS + "}/{id:[0-9]+}/history")
class HistoryController {

	static final String HISTORY_VIEW = "history/history";

	static final String COMPARE_VIEW = "history/compare";

	static final String RESTORE_VIEW = "history/restore";

	/** Digits in an id: a long holds 18 safely. */
	private static final int ID_DIGITS = 18;

	/** Digits in a version number: an int holds 9 safely. */
	private static final int VERSION_DIGITS = 9;

	private final History history;

	private final MessageSource messages;

	HistoryController(History history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	@GetMapping
	String history(@PathVariable String type, @PathVariable String id, Model model) {
		HistoryPage page = found(this.history.history(type(type), number(id)));
		show(model, page.item(), page);
		return HISTORY_VIEW;
	}

	/**
	 * Without versions, compares the two the history page would suggest; with them the
	 * wrong way round, swaps them so "from" is always the earlier.
	 */
	@GetMapping("/compare")
	String compare(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		ItemType itemType = type(type);
		long itemId = number(id);
		if (from == null || to == null) {
			HistoryPage page = found(this.history.history(itemType, itemId));
			return page.canCompare() ? redirectToCompare(page.item(), page.defaultFrom(), page.defaultTo())
					: "redirect:" + page.item().historyPath();
		}
		int earlier = version(from);
		int later = version(to);
		if (earlier > later) {
			return redirectToCompare(new Item(itemType, itemId, null, true), later, earlier);
		}
		ComparePage page = found(this.history.compare(itemType, itemId, earlier, later));
		show(model, page.item(), page);
		return COMPARE_VIEW;
	}

	@GetMapping("/{version:[0-9]+}/restore")
	String confirmRestore(@PathVariable String type, @PathVariable String id, @PathVariable String version,
			Model model) {
		RestorePage page = found(this.history.restorePage(type(type), number(id), version(version)));
		show(model, page.item(), page);
		return RESTORE_VIEW;
	}

	/**
	 * A version that cannot be restored after all (its category was deleted since the
	 * question was asked) goes back to the question, which now says why.
	 */
	@PostMapping("/{version:[0-9]+}/restore")
	String restore(@PathVariable String type, @PathVariable String id, @PathVariable String version,
			RedirectAttributes redirect) {
		ItemType itemType = type(type);
		int number = version(version);
		Optional<Restored> restored = this.history.restore(itemType, number(id), number);
		if (restored.isEmpty()) {
			return "redirect:/admin/" + itemType.path() + "/" + number(id) + "/history/" + number + "/restore";
		}
		Restored done = restored.get();
		String notice = itemType.restoresAsDraft()
				? (done.partly() ? "history.notice.restored-as-draft-partly" : "history.notice.restored-as-draft")
				: "history.notice.restored";
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgs", new String[] { String.valueOf(done.version()), done.name() });
		return "redirect:" + done.path();
	}

	private void show(Model model, Item item, Object page) {
		List<Breadcrumb> breadcrumbs = new ArrayList<>();
		breadcrumbs
			.add(new Breadcrumb(message("history.breadcrumb." + item.type().path()), "/admin/" + item.type().path()));
		if (item.exists()) {
			breadcrumbs.add(new Breadcrumb(item.name(), item.path()));
		}
		model.addAttribute("page", page)
			.addAttribute("item", item)
			.addAttribute("navigation", item.type().navigation())
			.addAttribute("breadcrumbs", breadcrumbs);
	}

	private static String redirectToCompare(Item item, int from, int to) {
		return "redirect:" + UriComponentsBuilder.fromPath(item.historyPath() + "/compare")
			.queryParam("from", from)
			.queryParam("to", to)
			.build()
			.toUriString();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static ItemType type(String path) {
		return found(ItemType.fromPath(path));
	}

	private static long number(String id) {
		return Long.parseLong(digits(id, ID_DIGITS));
	}

	private static int version(String version) {
		return Integer.parseInt(digits(version, VERSION_DIGITS));
	}

	/** A whole number, or 404: anything else names no item or version. */
	private static String digits(String text, int maximum) {
		if (text == null || !text.matches("[0-9]{1," + maximum + "}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return text;
	}

	private static <T> T found(Optional<T> value) {
		return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
