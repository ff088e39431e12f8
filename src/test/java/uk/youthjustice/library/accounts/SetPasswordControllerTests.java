package uk.youthjustice.library.accounts;

import java.util.EnumSet;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SetPasswordController.class)
@WithAccountsSecurity
@Import({ SetPasswordFormValidator.class, PasswordPolicy.class })
class SetPasswordControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@BeforeEach
	void aValidLink() {
		given(this.accounts.accountForPasswordLink("good"))
			.willReturn(Optional.of(new UserAccount("sam@example.org", "Sam", EnumSet.of(Role.EDITOR))));
	}

	@Test
	void theFormNamesTheAccountForPasswordManagers() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/account/password/good"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Choose your password");
		assertThat(page.select("main").text()).contains("sam@example.org");
		assertThat(page.select("input[name=username][autocomplete=username]").val()).isEqualTo("sam@example.org");
		assertThat(page.select("#password").attr("autocomplete")).isEqualTo("new-password");
	}

	@Test
	void blankPasswordsAreExplained() throws Exception {
		Document page = refused("", "");
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list a").eachText())
			.containsExactly("Password must be at least 12 characters");
	}

	@Test
	void commonOverlongAndMismatchedPasswordsAreExplained() throws Exception {
		assertThat(refused("Password1234", "Password1234").select("#password-error").text())
			.isEqualTo("Error: This password is too common. Choose a password that would be hard to guess");
		assertThat(refused("x".repeat(5000), "x".repeat(5000)).select("#password-error").text())
			.isEqualTo("Error: Password must be 128 characters or fewer");
		Document mismatch = refused("walnut harbour semaphore", "walnut harbour semaphor");
		assertThat(mismatch.select("#confirmPassword-error").text()).isEqualTo("Error: Passwords do not match");
		assertThat(mismatch.select("#password").val()).isEmpty();
		assertThat(refused("walnut harbour semaphore", "").select("#confirmPassword-error").text())
			.isEqualTo("Error: Type your new password again");
		verify(this.accounts, never()).setPassword(any(), any());
	}

	@Test
	void aGoodPasswordIsSavedAndThePersonSentToSignIn() throws Exception {
		this.mvc
			.perform(post("/account/password/good").with(csrf())
				.param("password", "walnut harbour semaphore")
				.param("confirmPassword", "walnut harbour semaphore"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("notice", "accounts.password.saved"));
		verify(this.accounts).setPassword("good", "walnut harbour semaphore");
	}

	@Test
	void anUnusableLinkIsGonePolitely() throws Exception {
		String html = this.mvc.perform(get("/account/password/used"))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("This link cannot be used");
		this.mvc
			.perform(post("/account/password/used").with(csrf())
				.param("password", "walnut harbour semaphore")
				.param("confirmPassword", "walnut harbour semaphore"))
			.andExpect(status().isGone());
		this.mvc.perform(get("/account/password/" + "x".repeat(3000))).andExpect(status().isGone());
	}

	@Test
	void aLinkUsedInAnotherTabAMomentAgoIsGoneToo() throws Exception {
		willThrow(new IllegalStateException("used")).given(this.accounts).setPassword(any(), any());
		this.mvc
			.perform(post("/account/password/good").with(csrf())
				.param("password", "walnut harbour semaphore")
				.param("confirmPassword", "walnut harbour semaphore"))
			.andExpect(status().isGone());
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/account/password/good").param("password", "walnut harbour semaphore")
				.param("confirmPassword", "walnut harbour semaphore"))
			.andExpect(status().isForbidden());
		verify(this.accounts, never()).setPassword(any(), any());
	}

	private Document refused(String password, String confirmPassword) throws Exception {
		String html = this.mvc
			.perform(post("/account/password/good").with(csrf())
				.param("password", password)
				.param("confirmPassword", confirmPassword))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
