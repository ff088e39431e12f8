package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ UserAdminController.class, UserAccessController.class, SignInRecordsController.class })
@WithAccountsSecurity
@Import(NewAccountFormValidator.class)
class UserAdminControllerTests {

	private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN", "EDITOR");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserAdministration administration;

	@MockitoBean
	SetPasswordLinkSender links;

	@MockitoBean
	SignInRecords records;

	@Test
	void theListShowsNamesEscaped() throws Exception {
		given(this.administration.users()).willReturn(List.of(account(5, "sam@example.org",
				"<script>alert('x')</script>", true, EnumSet.of(Role.EDITOR, Role.ADMIN))));
		Document page = page(get("/admin/users"));
		assertThat(page.select("main table tbody tr td").eachText()).startsWith("sam@example.org",
				"<script>alert('x')</script>", "Administrator, Editor", "Active", "Never");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("a[href=/admin/users/5]").text()).isEqualTo("sam@example.org");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Users");
	}

	@Test
	void editorsAreRefused() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users").with(user("e@example.org").roles("EDITOR"))
				.with(csrf())
				.param("email", "x@example.org")
				.param("displayName", "X")
				.param("roles", "ADMIN"))
			.andExpect(status().isForbidden());
		verify(this.administration, never()).create(any(), any(), any());
	}

	@Test
	void blankFormIsExplainedFieldByField() throws Exception {
		Document page = refused(post("/admin/users"));
		assertThat(page.title()).startsWith("Error: Create an account");
		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactlyInAnyOrder(
				"Enter an email address", "Enter the person\u2019s name", "Select at least one role");
		assertThat(page.select("#roles-error").text()).isEqualTo("Error: Select at least one role");
		assertThat(page.select("input#roles[type=checkbox]")).hasSize(1);
	}

	@Test
	void badValuesAreExplainedAndKept() throws Exception {
		Document page = refused(post("/admin/users").param("email", "not an email")
			.param("displayName", "<b>Sam</b>" + "x".repeat(200))
			.param("roles", "SUPERUSER"));
		assertThat(page.select("#email-error").text())
			.isEqualTo("Error: Enter an email address in the correct format, like name@example.org.uk");
		assertThat(page.select("#displayName-error").text()).isEqualTo("Error: Name must be 200 characters or fewer");
		assertThat(page.select("#roles-error").text()).isEqualTo("Error: Select editor, administrator or both");
		assertThat(page.select("#email").val()).isEqualTo("not an email");
		assertThat(page.select("#displayName").val()).startsWith("<b>Sam</b>");
		assertThat(page.select("main b")).isEmpty();
	}

	@Test
	void overlongEmailGetsOneMessage() throws Exception {
		Document page = refused(post("/admin/users").param("email", "a".repeat(300) + "@example.org")
			.param("displayName", "Sam")
			.param("roles", "EDITOR"));
		assertThat(page.select(".govuk-error-summary__list a").eachText())
			.containsExactly("Email address must be 254 characters or fewer");
		assertThat(page.select("#roles").attr("checked")).isEqualTo("checked");
	}

	@Test
	void aTakenEmailIsRefused() throws Exception {
		given(this.administration.isEmailTaken("sam@example.org")).willReturn(true);
		Document page = refused(post("/admin/users").param("email", "sam@example.org")
			.param("displayName", "Sam")
			.param("roles", "EDITOR"));
		assertThat(page.select("#email-error").text()).isEqualTo("Error: An account already uses this email address");
		verify(this.administration, never()).create(any(), any(), any());
	}

	@Test
	void aNewAccountGoesOnToItsSetPasswordLink() throws Exception {
		UserAccount created = account(9, "sam@example.org", "Sam", true, EnumSet.of(Role.EDITOR));
		given(this.administration.create("sam@example.org", "Sam", EnumSet.of(Role.EDITOR))).willReturn(created);
		SetPasswordLinkSender.LinkSent sent = linkSent(9, SetPasswordLinkSender.Delivery.SHOW);
		given(this.links.send(anyLong(), any())).willReturn(sent);

		this.mvc
			.perform(post("/admin/users").with(ADMIN)
				.with(csrf())
				.param("email", "sam@example.org")
				.param("displayName", "Sam")
				.param("roles", "EDITOR"))
			.andExpect(redirectedUrl("/admin/users/9/set-password-link"))
			.andExpect(flash().attribute(UserAccessController.LINK_SENT, sent));
	}

	@Test
	void theLinkPageShowsTheLinkOnce() throws Exception {
		Document page = page(get("/admin/users/9/set-password-link").flashAttr(UserAccessController.LINK_SENT,
				linkSent(9, SetPasswordLinkSender.Delivery.SHOW)));
		assertThat(page.select(".govuk-panel__title").text()).isEqualTo("Set-password link created");
		assertThat(page.select("#set-password-link").val())
			.isEqualTo("https://library.example.org.uk/account/password/secret");
		assertThat(page.select("main").text()).contains("16 March 2026 at 3:45pm");

		this.mvc.perform(get("/admin/users/9/set-password-link").with(ADMIN))
			.andExpect(redirectedUrl("/admin/users/9"));
	}

	@Test
	void anEmailedLinkIsNotShown() throws Exception {
		Document page = page(get("/admin/users/9/set-password-link").flashAttr(UserAccessController.LINK_SENT,
				linkSent(9, SetPasswordLinkSender.Delivery.EMAILED)));
		assertThat(page.select("#set-password-link")).isEmpty();
		assertThat(page.select("main").text())
			.contains("We have emailed Sam a link to choose a password at sam@example.org");
	}

	@Test
	void aRefusedDisableIsExplainedOnTheAccountPage() throws Exception {
		willThrow(new AccountChangeRefusedException("accounts.user.disable.yourself")).given(this.administration)
			.disable(3, "admin@example.org");
		this.mvc.perform(post("/admin/users/3/disable").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/3"))
			.andExpect(flash().attribute("problem", "accounts.user.disable.yourself"));

		given(this.administration.find(3))
			.willReturn(Optional.of(account(3, "admin@example.org", "Admin", true, EnumSet.of(Role.ADMIN))));
		Document page = page(get("/admin/users/3").flashAttr("problem", "accounts.user.disable.yourself"));
		assertThat(page.title()).startsWith("Error: Admin");
		assertThat(page.select(".govuk-error-summary").text()).contains("You cannot disable your own account");
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/404").with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/not-a-number").with(ADMIN)).andExpect(status().isBadRequest());
		willThrow(new AccountNotFoundException()).given(this.administration).enable(404);
		this.mvc.perform(post("/admin/users/404/enable").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/admin/users/3/disable").with(ADMIN)).andExpect(status().isForbidden());
		verify(this.administration, never()).disable(anyLong(), anyString());
	}

	@Test
	void signInRecordsAreListedNewestFirstWithOddPagesClamped() throws Exception {
		SignInAttempt attempt = new SignInAttempt(Instant.parse("2026-01-05T09:30:00Z"), "<i>x</i>@example.org", null,
				SignInOutcome.THROTTLED, "203.0.113.9", "Mozilla/5.0");
		given(this.records.page(1)).willReturn(new PageImpl<>(List.of(attempt), PageRequest.of(0, 50), 1));
		given(this.records.page(7)).willReturn(new PageImpl<>(List.of(), PageRequest.of(6, 50), 1));
		Document page = page(get("/admin/users/sign-ins?page=7"));
		assertThat(page.select("main tbody td").eachText()).containsExactly("5 January 2026 at 9:30am",
				"<i>x</i>@example.org", "Refused: too many tries", "203.0.113.9", "Mozilla/5.0");
		assertThat(page.select("main i")).isEmpty();
		assertThat(page.select("main time").attr("datetime")).isEqualTo("2026-01-05T09:30:00Z");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(ADMIN).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static SetPasswordLinkSender.LinkSent linkSent(long id, SetPasswordLinkSender.Delivery delivery) {
		return new SetPasswordLinkSender.LinkSent(id, "sam@example.org", "Sam",
				(delivery == SetPasswordLinkSender.Delivery.EMAILED) ? null
						: "https://library.example.org.uk/account/password/secret",
				Instant.parse("2026-03-16T15:45:00Z"), delivery);
	}

	private static UserAccount account(long id, String email, String name, boolean enabled, EnumSet<Role> roles) {
		UserAccount account = new UserAccount(email, name, roles);
		ReflectionTestUtils.setField(account, "id", id);
		if (!enabled) {
			account.disable();
		}
		account.setPasswordHash("{noop}x");
		return account;
	}

}
