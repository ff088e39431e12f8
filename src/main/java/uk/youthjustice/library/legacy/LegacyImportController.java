package uk.youthjustice.library.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.legacy.ImportUploads.Progress;
import uk.youthjustice.library.legacy.ImportUploads.UploadPage;
import uk.youthjustice.library.legacy.LegacyUpload.Status;

/**
 * {@code /admin/import} (administrators): upload pages of the old hub saved as text, read
 * the dry run, choose drafts or published, confirm, follow the progress, see the outcome.
 * Without JavaScript the page reloads itself while the import runs; with it,
 * reindex-progress.js polls {@code /admin/import/{token}/status}.
 */
@Controller
@RequestMapping("/admin/import")
class LegacyImportController {

	static final String UPLOAD_VIEW = "legacy/upload";

	static final String REPORT_VIEW = "legacy/report";

	static final int REFRESH_SECONDS = 3;

	private final ImportUploads uploads;

	private final MessageSource messages;

	LegacyImportController(ImportUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	/**
	 * The flash attribute editorial’s {@code UploadTooLarge} sets when a request was over
	 * the container’s limit and could not be read at all.
	 */
	static final String REQUEST_TOO_LARGE = "uploadTooLarge";

	@GetMapping
	String uploadPage(Model model, Locale locale) {
		if (model.containsAttribute(REQUEST_TOO_LARGE)) {
			return uploadView(model, List.of(this.messages.getMessage("legacy-import.upload.error.request-too-large",
					new Object[] { LegacyText.MAXIMUM_BYTES / (1024 * 1024) }, locale)));
		}
		return uploadView(model, List.of());
	}

	@PostMapping
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
			Model model, Locale locale) {
		List<MultipartFile> chosen = (files != null) ? files.stream()
			.filter((file) -> !(file.isEmpty() && clean(file.getOriginalFilename()).isEmpty()))
			.toList() : List.of();
		List<String> errors = new ArrayList<>();
		List<LegacyText> texts = new ArrayList<>();
		if (chosen.isEmpty()) {
			errors.add(this.messages.getMessage("legacy-import.upload.error.none", null, locale));
		}
		else if (chosen.size() > ImportUploads.MAXIMUM_FILES) {
			errors.add(this.messages.getMessage("legacy-import.upload.error.too-many",
					new Object[] { ImportUploads.MAXIMUM_FILES }, locale));
		}
		else {
			for (MultipartFile file : chosen) {
				try {
					texts.add(read(file));
				}
				catch (LegacyText.Refused ex) {
					errors.add(ex.getMessage());
				}
			}
		}
		if (!errors.isEmpty()) {
			return uploadView(model, errors);
		}
		return "redirect:/admin/import/" + this.uploads.keep(texts, principal.getName());
	}

	private static String uploadView(Model model, List<String> errors) {
		model.addAttribute("navigation", "admin-import")
			.addAttribute("errors", errors)
			.addAttribute("maximumFiles", ImportUploads.MAXIMUM_FILES);
		return UPLOAD_VIEW;
	}

	private static LegacyText read(MultipartFile file) {
		String name = clean(file.getOriginalFilename());
		String shown = name.isEmpty() ? "(no name)" : name;
		if (file.getSize() > LegacyText.MAXIMUM_BYTES) {
			throw LegacyText.tooLarge(shown, file.getSize());
		}
		try (InputStream in = file.getInputStream()) {
			return LegacyText.read(shown, in.readNBytes(LegacyText.MAXIMUM_BYTES + 1));
		}
		catch (IOException ex) {
			throw new LegacyText.Refused(shown, "the upload could not be read: please try again");
		}
	}

	/** The file’s own name, without any folders a browser sent. */
	private static String clean(String name) {
		if (name == null) {
			return "";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return (last.length() > 255) ? last.substring(0, 255) : last;
	}

	@GetMapping("/{token}")
	String report(@PathVariable String token, Model model) {
		UploadPage page = this.uploads.page(token).orElseThrow(LegacyImportController::notFound);
		model.addAttribute("navigation", "admin-import").addAttribute("page", page);
		if (page.status() == Status.IMPORTING) {
			model.addAttribute("refreshAfterSeconds", REFRESH_SECONDS);
		}
		return REPORT_VIEW;
	}

	@PostMapping("/{token}")
	String confirm(@PathVariable String token, @RequestParam(name = "as", defaultValue = "drafts") String as,
			Principal principal, RedirectAttributes redirect) {
		if (!this.uploads.exists(token)) {
			throw notFound();
		}
		if (!this.uploads.start(token, "published".equals(as), principal.getName())) {
			redirect.addFlashAttribute("notice", "legacy-import.already-started");
		}
		return "redirect:/admin/import/" + token;
	}

	/** For reindex-progress.js: how far the import has got on this node. */
	@GetMapping(path = "/{token}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportStatus status(@PathVariable String token, Locale locale) {
		return this.uploads.progress(token)
			.map((progress) -> new ImportStatus(true, progress.done(), progress.total(), progress.percent(),
					text(progress, locale)))
			.orElseGet(() -> new ImportStatus(false, 0, 0, 100,
					this.messages.getMessage("legacy-import.progress.finished", null, locale)));
	}

	private String text(Progress progress, Locale locale) {
		return (progress.total() < 0) ? this.messages.getMessage("legacy-import.progress.starting", null, locale)
				: this.messages.getMessage("legacy-import.progress.text",
						new Object[] { progress.done(), progress.total() }, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * What the script shows, in the shape reindex-progress.js reads.
	 *
	 * @param running whether the import runs
	 * @param indexed items written so far
	 * @param total items to write, or -1 while they are being counted
	 * @param percent how far, from 0 to 100
	 * @param text the progress in words
	 */
	record ImportStatus(boolean running, long indexed, long total, int percent, String text) {
	}

}
