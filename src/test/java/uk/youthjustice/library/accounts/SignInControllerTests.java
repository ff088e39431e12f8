package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SignInController.class)
@WithAccountsSecurity
class SignInControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFormHasTheFieldsSpringSecurityReadsAndACsrfToken() throws Exception {
		Document page = page(get("/login"));
		assertThat(page.title()).isEqualTo("Sign in \u2013 Youth Justice Practice Library");
		assertThat(page.select("form[method=post][action=/login] input[name=username][type=email]")).hasSize(1);
		assertThat(page.select("input[name=username]").attr("autocomplete")).isEqualTo("username");
		assertThat(page.select("input[name=password][type=password]").attr("autocomplete"))
			.isEqualTo("current-password");
		assertThat(page.select("form[action=/login] input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("form[action=/login] button[type=submit]").text()).isEqualTo("Sign in");
		assertThat(page.select(".govuk-error-summary, .govuk-notification-banner")).isEmpty();
	}

	@Test
	void aFailedSignInSaysSoWithoutSayingWhichFieldWasWrongAndKeepsTheEmail() throws Exception {
		Document page = page(get("/login").flashAttr(SignInFailureHandler.PROBLEM,
				new SignInProblem("someone@example.org", false, SignInProblem.Kind.FAILED, null)));
		assertThat(page.title()).startsWith("Error: Sign in");
		assertThat(page.select(".govuk-error-summary__list a").eachText())
			.containsExactly("Enter a correct email address and password");
		assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#username");
		assertThat(page.select("#username-error").text())
			.isEqualTo("Error: Enter a correct email address and password");
		assertThat(page.select("#username").val()).isEqualTo("someone@example.org");
		assertThat(page.select("#password").val()).isEmpty();
	}

	@Test
	void emptyFieldsAreNamed() throws Exception {
		Document page = page(get("/login").flashAttr(SignInFailureHandler.PROBLEM,
				new SignInProblem("", true, SignInProblem.Kind.BLANK, null)));
		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("Enter your email address",
				"Enter your password");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#username",
				"#password");
	}

	@Test
	void aThrottledSignInSaysWhenToTryAgainInUkTime() throws Exception {
		// 14:15:20 UTC is 3:15pm in London in summer; the time is rounded up.
		Document page = page(get("/login").flashAttr(SignInFailureHandler.PROBLEM, new SignInProblem(
				"someone@example.org", false, SignInProblem.Kind.THROTTLED, Instant.parse("2026-07-01T14:15:20Z"))));
		assertThat(page.select("#username-error").text())
			.isEqualTo("Error: You have tried to sign in too many times. Try again after 3:16pm");
	}

	@Test
	void theEmailTypedIsShownEscaped() throws Exception {
		Document page = page(get("/login").flashAttr(SignInFailureHandler.PROBLEM,
				new SignInProblem("<script>alert(1)</script>", false, SignInProblem.Kind.FAILED, null)));
		assertThat(page.select("#username").val()).isEqualTo("<script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
	}

	@Test
	void afterSigningOutTheFormSaysSo() throws Exception {
		Document page = page(get("/login?signed-out"));
		assertThat(page.select(".govuk-notification-banner--success").text()).contains("You have signed out");
	}

	@Test
	void afterTheSessionEndedTheFormSaysSo() throws Exception {
		Document page = page(get("/login?expired"));
		assertThat(page.select(".govuk-notification-banner").text()).contains("your session ended");
	}

	@Test
	void someoneSignedInIsSentToTheAdminArea() throws Exception {
		this.mvc.perform(get("/login").with(user("e@example.org").roles("EDITOR"))).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void signInWithoutACsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "e@example.org").param("password", "a long passphrase"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFailedSignInReturnsToTheFormWithTheProblemInAFlashAttribute() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).param("username", "nobody@example.org").param("password", ""))
			.andExpect(redirectedUrl("/login"))
			.andExpect((result) -> {
				@SuppressWarnings("unchecked")
				List<FlashMap> flashMaps = (List<FlashMap>) result.getRequest()
					.getSession()
					.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
				assertThat(flashMaps).singleElement()
					.satisfies((flash) -> assertThat(flash.get(SignInFailureHandler.PROBLEM))
						.isEqualTo(new SignInProblem("nobody@example.org", true, SignInProblem.Kind.BLANK, null)));
			});
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect((result) -> assertThat(result.getResponse().getHeader("Content-Security-Policy"))
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.contains("object-src 'none'")
				.contains("base-uri 'self'")
				.contains("form-action 'self'")
				.doesNotContain("unsafe-inline"))
			.andExpect((result) -> assertThat(result.getResponse().getHeader("X-Content-Type-Options"))
				.isEqualTo("nosniff"))
			.andExpect((result) -> assertThat(result.getResponse().getHeader("Referrer-Policy"))
				.isEqualTo("strict-origin-when-cross-origin"))
			.andExpect(
					(result) -> assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()"));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
