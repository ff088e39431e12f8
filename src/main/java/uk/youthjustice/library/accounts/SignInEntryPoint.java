package uk.youthjustice.library.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Where someone who is not signed in goes: the sign-in page, saying so when the browser
 * still held a session that has ended (timed out, or ended by an administrator).
 */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

	SignInEntryPoint() {
		super(SecurityConfiguration.SIGN_IN);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		return sessionEnded(request) ? SecurityConfiguration.SESSION_ENDED : SecurityConfiguration.SIGN_IN;
	}

	/** Whether the browser sent the id of a session that no longer exists. */
	static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

	/**
	 * A form sent after its session ended has no valid CSRF token. Rather than a bare
	 * "forbidden", the person is sent somewhere useful: signing out is done already, a
	 * sign-in starts again, any other form is shown afresh (and an admin form then asks
	 * them to sign in). Every other refusal is a plain 403.
	 */
	static class SessionAwareAccessDeniedHandler implements AccessDeniedHandler {

		private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

		private final RedirectStrategy redirect = new DefaultRedirectStrategy();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
				throws IOException, jakarta.servlet.ServletException {
			if (!(exception instanceof CsrfException) || !sessionEnded(request)) {
				this.forbidden.handle(request, response, exception);
				return;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.equals("/logout")) {
				this.redirect.sendRedirect(request, response, SecurityConfiguration.SIGNED_OUT);
			}
			else if (path.equals(SecurityConfiguration.SIGN_IN)) {
				this.redirect.sendRedirect(request, response, SecurityConfiguration.SESSION_ENDED);
			}
			else if (isFormPage(path)) {
				this.redirect.sendRedirect(request, response, path);
			}
			else {
				this.forbidden.handle(request, response, exception);
			}
		}

		/**
		 * Paths of this application's own form pages, which answer GET; never "//host",
		 * which a browser would read as another site.
		 */
		private static boolean isFormPage(String path) {
			return (path.startsWith("/account/") || path.startsWith("/admin/")) && !path.contains("//")
					&& !path.contains("\\");
		}

	}

}
