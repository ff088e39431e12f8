package uk.youthjustice.library.editorial;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Tomcat refuses a multipart request over its limits the first time anything reads a
 * parameter, which is Spring Security's CSRF check, long before a controller: the editor
 * would get a bare 413 page. This filter reads the parts first, for posts to the admin
 * area only, and answers such a request as {@link UploadTooLarge} does: back to the form,
 * with the limit as a flash attribute. Nothing changes but a message in the session, so
 * it needs no CSRF token; the form page itself is still behind sign-in.
 */
@Component
@Order(UploadTooLargeFilter.ORDER)
class UploadTooLargeFilter extends OncePerRequestFilter {

	/** Before Spring Security's filters (-100), after character encoding. */
	static final int ORDER = -110;

	private final UploadLimit limit;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadTooLargeFilter(@Value(UploadLimit.SETTING) DataSize limit) {
		this.limit = new UploadLimit(limit);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
				|| !UploadTooLarge.isAdminForm(UploadTooLarge.path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			if (!isTooLarge(ex)) {
				throw ex;
			}
			String target = UploadTooLarge.formAddress(request);
			FlashMap flash = new FlashMap();
			flash.put(UploadTooLarge.FLASH, this.limit.text());
			flash.setTargetRequestPath(UploadTooLarge.path(request));
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + target);
			return;
		}
		chain.doFilter(request, response);
	}

	// As Spring's own multipart request tells a size limit from other failures.
	private static boolean isTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = (cause.getMessage() != null) ? cause.getMessage().toLowerCase(Locale.ROOT) : "";
			if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

}
