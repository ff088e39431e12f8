package uk.youthjustice.library.accounts;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AccountSetupController.class)
@WithAccountsSecurity
class AccountSetupControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@Test
	void refusedInputIsExplainedFieldByFieldAndNothingIsCreated() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);

		Document page = postSetup("someone@example", "");

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactlyInAnyOrder("#email",
				"#displayName");
		assertThat(page.select("#displayName-error").text()).isEqualTo("Error: Enter your name");
		assertThat(page.select("#email").val()).isEqualTo("someone@example");
		verify(this.accounts, never()).startFirstAdministrator(any(), any(), any());
	}

	@Test
	void overlongInputGetsOneMessagePerField() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);
		Document page = postSetup("a".repeat(250) + "@example.org.uk", "<script>alert(1)</script>".repeat(10));
		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactlyInAnyOrder(
				"Email address must be 254 characters or fewer", "Your name must be 200 characters or fewer");
		assertThat(page.select("#displayName").val()).startsWith("<script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
	}

	@Test
	void takenEmailIsRefused() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);
		UserAccount taken = new UserAccount("taken@example.org.uk", "Taken", java.util.EnumSet.of(Role.EDITOR));
		taken.setPasswordHash("{noop}x");
		given(this.accounts.findByEmail("taken@example.org.uk")).willReturn(Optional.of(taken));
		Document page = postSetup("taken@example.org.uk", "Someone");
		assertThat(page.select("#email-error").text()).contains("An account already uses this email");
	}

	@Test
	void validInputStartsTheAccountAndGoesOnToChoosingAPassword() throws Exception {
		given(this.accounts.isFirstAdministratorTokenValid("good")).willReturn(true);
		given(this.accounts.startFirstAdministrator("good", "new@example.org.uk", "New Admin"))
			.willReturn("password-token");
		this.mvc
			.perform(post("/account/setup/good").with(csrf())
				.param("email", "new@example.org.uk")
				.param("displayName", " New Admin "))
			.andExpect(redirectedUrl("/account/password/password-token"));
	}

	@Test
	void invalidLinkIsGoneNotAnError() throws Exception {
		this.mvc.perform(get("/account/setup/expired")).andExpect(status().isGone());
		this.mvc
			.perform(post("/account/setup/expired").with(csrf())
				.param("email", "x@example.org.uk")
				.param("displayName", "X"))
			.andExpect(status().isGone());
	}

	private Document postSetup(String email, String displayName) throws Exception {
		String html = this.mvc
			.perform(post("/account/setup/good").with(csrf()).param("email", email).param("displayName", displayName))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/account/setup/good").param("email", "x@example.org.uk"))
			.andExpect(status().isForbidden());
	}

}
