package uk.youthjustice.library.catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: search box, categories with counts, topics and what is new. */
@Controller
class HomeController {

	static final String VIEW = "catalogue/home";

	private final Catalogue catalogue;

	HomeController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("page", this.catalogue.homePage()).addAttribute("navigation", "browse");
		return VIEW;
	}

}
