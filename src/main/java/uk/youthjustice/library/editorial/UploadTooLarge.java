package uk.youthjustice.library.editorial;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A request over the servlet container's upload limit is refused before any controller
 * sees it, so this advice is not tied to one. (Tomcat refuses it earlier still, in the
 * filters; {@link UploadTooLargeFilter} answers it there the same way.) An admin form is
 * shown again with the limit in the {@link #FLASH} flash attribute, which its page turns
 * into an error on the file field; nothing of the request could be read, so nothing of it
 * can be kept. Any other address gets a bare 413.
 */
@ControllerAdvice
class UploadTooLarge {

	/** The flash attribute holding the limit, a message ("50 MB"). */
	static final String FLASH = "uploadTooLarge";

	private final UploadLimit limit;

	// Its own copy of the limit: as advice, it is in every web slice test, where the
	// editorial beans are not.
	UploadTooLarge(@Value(UploadLimit.SETTING) DataSize limit) {
		this.limit = new UploadLimit(limit);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
			throws IOException {
		if (!"POST".equals(request.getMethod()) || !isAdminForm(path(request))) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return null;
		}
		redirect.addFlashAttribute(FLASH, this.limit.text());
		return "redirect:" + formAddress(request);
	}

	/** The request's path within the application. */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The address of the form that was sent, without any CSRF token in it. */
	static String formAddress(HttpServletRequest request) {
		return UriComponentsBuilder.fromPath(path(request))
			.query(request.getQueryString())
			.replaceQueryParam("_csrf")
			.build()
			.toUriString();
	}

	/** An address of this application's admin pages; never "//host". */
	static boolean isAdminForm(String path) {
		return path.startsWith("/admin/") && !path.contains("//") && !path.contains("\\");
	}

}
