package uk.youthjustice.library.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the sign-in page (Post-Redirect-Get) with a flash
 * attribute saying why. Wrong email address, wrong password, a disabled account and an
 * account without a password all read the same, so the page reveals nothing about which
 * accounts exist.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String PROBLEM = "signInProblem";

	private final FlashMapManager flashMaps = new SessionFlashMapManager();

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = SignInAttempt.truncate(request.getParameter("username"), SignInAttempt.USERNAME_LENGTH);
		String password = request.getParameter("password");
		SignInProblem problem;
		if (exception instanceof BlankSignInException) {
			problem = new SignInProblem(username, password == null || password.isEmpty(), SignInProblem.Kind.BLANK,
					null);
		}
		else if (exception instanceof SignInThrottledException throttled) {
			problem = new SignInProblem(username, false, SignInProblem.Kind.THROTTLED, throttled.getRefusedUntil());
		}
		else {
			problem = new SignInProblem(username, false, SignInProblem.Kind.FAILED, null);
		}
		FlashMap flash = new FlashMap();
		flash.put(PROBLEM, problem);
		flash.setTargetRequestPath(request.getContextPath() + SecurityConfiguration.SIGN_IN);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		this.redirect.sendRedirect(request, response, SecurityConfiguration.SIGN_IN);
	}

}
