package uk.youthjustice.library.editorial;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The description's preview for the form's script: the sanitised HTML the public page
 * will show. A POST, so that the text need not fit in an address, with the form's CSRF
 * token.
 */
@RestController
class MarkdownPreviewController {

	private final Editing editing;

	private final MessageSource messages;

	MarkdownPreviewController(Editing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	@PostMapping(path = "/admin/markdown/preview", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@RequestParam(defaultValue = "") String markdown) {
		if (markdown.length() > ResourceForm.DESCRIPTION_LIMIT) {
			String message = this.messages.getMessage("editorial.description.too-long", null,
					LocaleContextHolder.getLocale());
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body("<p class=\"govuk-error-message\">" + HtmlUtils.htmlEscape(message) + "</p>");
		}
		return ResponseEntity.ok(this.editing.preview(markdown));
	}

}
