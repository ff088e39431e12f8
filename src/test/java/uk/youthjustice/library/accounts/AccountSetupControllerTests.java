package uk.youthjustice.library.accounts;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AccountSetupController.class)
@Import({ SecurityConfiguration.class, SetupFormValidator.class, PasswordPolicy.class })
class AccountSetupControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	UserAccountRepository users;

	@Test
	void refusedInputIsExplainedFieldByFieldAndNothingIsCreated() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);

		String html = this.mvc
			.perform(post("/account/setup/good").with(csrf())
				.param("email", "someone@example.org.uk")
				.param("displayName", "")
				.param("password", "long enough passphrase")
				.param("confirmPassword", "a different passphrase"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#displayName",
				"#confirmPassword");
		assertThat(page.select("#displayName-error").text()).isEqualTo("Error: Enter your name");
		assertThat(page.select("#confirmPassword-error").text()).isEqualTo("Error: Passwords do not match");
		assertThat(page.select("#email").val()).isEqualTo("someone@example.org.uk");
		assertThat(page.select("#password").val()).isEmpty();
		verify(this.accounts, never()).completeFirstAdministrator(any(), any(), any(), any());
	}

	@Test
	void takenEmailIsRefused() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);
		given(this.accounts.findByEmail("taken@example.org.uk")).willReturn(
				Optional.of(new UserAccount("taken@example.org.uk", "Taken", java.util.EnumSet.of(Role.EDITOR))));
		String html = this.mvc
			.perform(post("/account/setup/good").with(csrf())
				.param("email", "taken@example.org.uk")
				.param("displayName", "Someone")
				.param("password", "long enough passphrase")
				.param("confirmPassword", "long enough passphrase"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#email-error").text()).contains("An account already uses this email");
	}

	@Test
	void validInputCreatesTheAdministratorAndRedirects() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);
		this.mvc
			.perform(post("/account/setup/good").with(csrf())
				.param("email", "new@example.org.uk")
				.param("displayName", "New Admin")
				.param("password", "long enough passphrase")
				.param("confirmPassword", "long enough passphrase"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("notice", "setup.complete"));
		verify(this.accounts).completeFirstAdministrator("good", "new@example.org.uk", "New Admin",
				"long enough passphrase");
	}

	@Test
	void invalidLinkIsGoneNotAnError() throws Exception {
		this.mvc.perform(get("/account/setup/expired")).andExpect(status().isGone());
		this.mvc
			.perform(post("/account/setup/expired").with(csrf())
				.param("email", "x@example.org.uk")
				.param("displayName", "X")
				.param("password", "long enough passphrase")
				.param("confirmPassword", "long enough passphrase"))
			.andExpect(status().isGone());
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/account/setup/good").param("email", "x@example.org.uk"))
			.andExpect(status().isForbidden());
	}

}
