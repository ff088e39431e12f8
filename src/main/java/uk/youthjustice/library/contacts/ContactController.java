package uk.youthjustice.library.contacts;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.youthjustice.library.system.Breadcrumb;

/** The public contact directory and each contact card's own page. */
@Controller
class ContactController {

	static final String DIRECTORY_VIEW = "contacts/directory";

	static final String CARD_VIEW = "contacts/card";

	private static final String NAVIGATION = "contacts";

	private final ContactDirectory directory;

	private final MessageSource messages;

	ContactController(ContactDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/contacts")
	String directory(@RequestParam(required = false) String region, Model model) {
		model.addAttribute("directory", this.directory.directory(region))
			.addAttribute("navigation", NAVIGATION)
			.addAttribute("breadcrumbs", List.of());
		return DIRECTORY_VIEW;
	}

	@GetMapping("/contacts/{slug}")
	String card(@PathVariable String slug, Model model) {
		ContactCardPage page = this.directory.cardPage(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String contacts = this.messages.getMessage("contacts.title", null, LocaleContextHolder.getLocale());
		model.addAttribute("page", page)
			.addAttribute("navigation", NAVIGATION)
			.addAttribute("breadcrumbs", List.of(new Breadcrumb(contacts, "/contacts")));
		return CARD_VIEW;
	}

}
