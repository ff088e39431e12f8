package uk.youthjustice.library.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.system.Choice;

/**
 * {@code /admin/exchange} (administrators only): download an export of the whole library,
 * and import one, refusing or merging into a library with content as the administrator
 * chooses, with the report of what was (or would be) created, skipped and refused.
 */
@Controller
@RequestMapping(ExchangeAdminController.PAGE)
class ExchangeAdminController {

	static final String PAGE = "/admin/exchange";

	static final String VIEW = "exchange/admin";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/**
	 * The flash attribute the upload filter sets when a file is over the container's
	 * limit.
	 */
	static final String TOO_LARGE = "uploadTooLarge";

	private final LibraryExchange exchange;

	private final MessageSource messages;

	private final Clock clock;

	private final String uploadLimit;

	ExchangeAdminController(LibraryExchange exchange, MessageSource messages, Clock clock,
			@Value("${spring.servlet.multipart.max-file-size:60MB}") DataSize uploadLimit) {
		this.exchange = exchange;
		this.messages = messages;
		this.clock = clock;
		this.uploadLimit = uploadLimit.toMegabytes() + " MB";
	}

	@GetMapping
	String page(Model model, Locale locale) {
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", ImportForm.empty());
		}
		if (model.containsAttribute(TOO_LARGE)) {
			BindingResult result = new BeanPropertyBindingResult(model.getAttribute("importForm"), "importForm");
			result.rejectValue("file", "exchange.field.file.too-large", new Object[] { this.uploadLimit }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", result);
		}
		return view(model, locale);
	}

	/** The whole library as a zip, streamed as it is written. */
	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export() {
		LibraryExchange.Export export;
		try {
			export = this.exchange.prepareExport();
		}
		catch (IOException ex) {
			throw new ExportFailed(ex.getMessage());
		}
		String name = "practice-library-" + LocalDate.now(this.clock.withZone(UK)) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(export::writeTo);
	}

	/**
	 * An export that cannot be made (an attached file missing from the store) is the page
	 * again with the reason, before a byte of the zip was sent.
	 */
	@ExceptionHandler(ExportFailed.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String exportFailed(ExportFailed failure, Model model, Locale locale) {
		model.addAttribute("importForm", ImportForm.empty()).addAttribute("exportFailed", failure.getMessage());
		return view(model, locale);
	}

	@PostMapping
	String upload(@ModelAttribute("importForm") ImportForm form, BindingResult result, Principal principal, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		if (form.file() == null || form.file().isEmpty()) {
			result.rejectValue("file", "exchange.field.file.missing");
		}
		if (!ImportForm.MERGE.equals(form.mode()) && !ImportForm.REFUSE.equals(form.mode())) {
			result.rejectValue("mode", "exchange.field.mode.missing");
		}
		if (result.hasErrors()) {
			return view(model, locale);
		}
		ExchangeReport report = importUpload(form, principal.getName());
		if (report.sections().isEmpty()) {
			// The file itself is wrong: an error on the field, the rest of the form kept.
			report.problems()
				.forEach((problem) -> result.rejectValue("file", problem.code(), problem.args(), problem.code()));
			return view(model, locale);
		}
		redirect.addFlashAttribute("report", report);
		redirect.addFlashAttribute("importForm", new ImportForm(null, form.mode(), form.dryRun()));
		return "redirect:" + PAGE + "#report";
	}

	private ExchangeReport importUpload(ImportForm form, String who) throws IOException {
		Path upload = Files.createTempFile("library-import-", ".zip");
		try {
			try (InputStream in = form.file().getInputStream()) {
				Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
			}
			return this.exchange.importFrom(upload, new LibraryExchange.ImportOptions(form.merge(), form.checkOnly()),
					who);
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	private String view(Model model, Locale locale) {
		model.addAttribute("navigation", "admin-exchange")
			.addAttribute("formatVersion", Manifest.FORMAT_VERSION)
			.addAttribute("uploadLimit", this.uploadLimit)
			.addAttribute("modes", List.of(choice(ImportForm.REFUSE, "exchange.field.mode.refuse", locale),
					choice(ImportForm.MERGE, "exchange.field.mode.merge", locale)));
		return VIEW;
	}

	private Choice choice(String value, String code, Locale locale) {
		return new Choice(value, this.messages.getMessage(code, null, locale));
	}

	/** An export that could not be prepared, with why. */
	static final class ExportFailed extends RuntimeException {

		ExportFailed(String message) {
			super(message);
		}

	}

}
