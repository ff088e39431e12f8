package uk.youthjustice.library.search.synonyms;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The synonyms page: editors change the synonym groups, which apply to search from the
 * next rebuild of the index. "Restore the standard synonyms" only fills the box: nothing
 * changes until the editor saves.
 */
@Controller
@RequestMapping("/admin/search/synonyms")
class SynonymsAdminController {

	static final String VIEW = "search/synonyms";

	static final String PATH = "/admin/search/synonyms";

	private final Synonyms synonyms;

	SynonymsAdminController(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	@GetMapping
	String show(Model model) {
		SavedSynonyms saved = page(model);
		model.addAttribute("form", new SynonymsForm(saved.body()));
		return VIEW;
	}

	@GetMapping("/standard")
	String standard(Model model) {
		page(model);
		model.addAttribute("form", new SynonymsForm(this.synonyms.standard())).addAttribute("standard", true);
		return VIEW;
	}

	@PostMapping
	String save(@ModelAttribute("form") SynonymsForm form, BindingResult result, Principal editor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.synonyms.save(form.body(), editor.getName());
		}
		catch (SynonymsRejected ex) {
			ex.problems()
				.forEach((problem) -> result.rejectValue("body", problem.code(), problem.messageArguments(), null));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			page(model);
			return VIEW;
		}
		redirect.addFlashAttribute("synonymsSaved", true);
		return "redirect:" + PATH;
	}

	/**
	 * What the page shows besides the form: who saved last, and what waits for a rebuild.
	 */
	private SavedSynonyms page(Model model) {
		SavedSynonyms saved = this.synonyms.saved();
		model.addAttribute("navigation", "admin-search")
			.addAttribute("saved", saved)
			.addAttribute("pending", this.synonyms.pendingChanges());
		return saved;
	}

}
