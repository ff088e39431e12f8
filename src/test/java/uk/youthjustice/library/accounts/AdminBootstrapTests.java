package uk.youthjustice.library.accounts;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.youthjustice.library.system.LibraryProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

	private final Accounts accounts = mock(Accounts.class);

	@Test
	void doesNothingWhenAnAdministratorExists(CapturedOutput output) {
		given(this.accounts.hasAdministrator()).willReturn(true);
		bootstrap("admin@example.org.uk", "kettle orchard lantern").run(null);
		verify(this.accounts, never()).createAdministrator(any(), any(), any());
		verify(this.accounts, never()).issueFirstAdministratorToken();
		assertThat(output).doesNotContain("account/setup");
	}

	@Test
	void createsTheConfiguredAdministrator() {
		given(this.accounts.passwordProblem("kettle orchard lantern")).willReturn(Optional.empty());
		bootstrap("admin@example.org.uk", "kettle orchard lantern").run(null);
		verify(this.accounts).createAdministrator("admin@example.org.uk", "Administrator", "kettle orchard lantern");
		verify(this.accounts, never()).issueFirstAdministratorToken();
	}

	@Test
	void logsASetupLinkWhenNothingIsConfigured(CapturedOutput output) {
		given(this.accounts.issueFirstAdministratorToken()).willReturn("secret-token");
		bootstrap(null, null).run(null);
		assertThat(output).contains("https://library.example.org.uk/account/setup/secret-token");
		verify(this.accounts, never()).createAdministrator(any(), any(), any());
	}

	@Test
	void refusesAWeakConfiguredPasswordAndFallsBackToTheLink(CapturedOutput output) {
		given(this.accounts.passwordProblem("password1234")).willReturn(Optional.of("password.too-common"));
		given(this.accounts.issueFirstAdministratorToken()).willReturn("secret-token");
		bootstrap("admin@example.org.uk", "password1234").run(null);
		verify(this.accounts, never()).createAdministrator(any(), any(), any());
		assertThat(output).contains("library.admin.password was not used (password.too-common)")
			.contains("/account/setup/secret-token");
	}

	private AdminBootstrap bootstrap(String email, String password) {
		LibraryProperties properties = new LibraryProperties(Path.of("data"), null, false,
				"https://library.example.org.uk", new LibraryProperties.Admin(email, password));
		return new AdminBootstrap(this.accounts, properties);
	}

}
