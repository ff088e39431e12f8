package uk.youthjustice.library.accounts;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first-administrator bootstrap on a real database. Other tests sign in as
 * administrators, so each test here starts and ends with no accounts at all.
 */
@WithLibrary
class AccountsIT {

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SetupTokenRepository tokens;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	@AfterEach
	void removeAccounts() {
		this.tokens.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void setupLinkCreatesTheFirstAdministratorWhoThenSetsAPassword() {
		String token = this.accounts.issueFirstAdministratorToken();
		assertThat(this.accounts.isFirstAdministratorTokenValid(token)).isTrue();
		assertThat(this.accounts.isFirstAdministratorTokenValid("made-up")).isFalse();

		String passwordToken = this.accounts.startFirstAdministrator(token, " First.Admin@Example.org.uk ",
				"First Admin");

		assertThat(this.accounts.isFirstAdministratorTokenValid(token)).isFalse();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.accounts.startFirstAdministrator(token, "second@example.org.uk", "Second"));
		UserAccount admin = this.accounts.accountForPasswordLink(passwordToken).orElseThrow();
		assertThat(admin.getEmail()).isEqualTo("first.admin@example.org.uk");
		assertThat(admin.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
		assertThat(admin.hasPassword()).isFalse();
		// Nobody can sign in yet, so the library still counts as having no administrator.
		assertThat(this.accounts.hasAdministrator()).isFalse();

		this.accounts.setPassword(passwordToken, "kettle orchard lantern");

		assertThat(this.accounts.hasAdministrator()).isTrue();
		UserAccount stored = this.users.findByEmail("first.admin@example.org.uk").orElseThrow();
		assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("kettle");
		assertThat(this.encoder.matches("kettle orchard lantern", stored.getPasswordHash())).isTrue();
		assertThat(this.accounts.accountForPasswordLink(passwordToken)).isEmpty();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.accounts.setPassword(passwordToken, "another long passphrase"));
	}

	@Test
	void anUnfinishedSetupCanBeStartedAgainWithANewLink() {
		this.accounts.startFirstAdministrator(this.accounts.issueFirstAdministratorToken(), "first@example.org.uk",
				"First Try");
		String again = this.accounts.issueFirstAdministratorToken();
		assertThat(this.accounts.isFirstAdministratorTokenValid(again)).isTrue();

		String passwordToken = this.accounts.startFirstAdministrator(again, "FIRST@example.org.uk", "Second Try");

		assertThat(this.users.count()).isEqualTo(1);
		assertThat(this.accounts.accountForPasswordLink(passwordToken).orElseThrow().getDisplayName())
			.isEqualTo("Second Try");
	}

	@Test
	void setupCannotTakeOverAnAccountWithAPassword() {
		this.accounts.createAccount("editor@example.org.uk", "Editor", "river biscuit compass", Set.of(Role.EDITOR));
		String token = this.accounts.issueFirstAdministratorToken();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.accounts.startFirstAdministrator(token, "editor@example.org.uk", "Intruder"));
		assertThat(this.users.findByEmail("editor@example.org.uk").orElseThrow().getRoles())
			.containsExactly(Role.EDITOR);
	}

	@Test
	void theSetPasswordPolicyIsEnforcedByTheServiceToo() {
		String passwordToken = this.accounts.startFirstAdministrator(this.accounts.issueFirstAdministratorToken(),
				"first@example.org.uk", "First");
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.setPassword(passwordToken, "password1234"));
		assertThat(this.accounts.accountForPasswordLink(passwordToken)).isPresent();
	}

	@Test
	void onlyTheHashOfASetupTokenIsStored() {
		String token = this.accounts.issueFirstAdministratorToken();
		assertThat(this.tokens.findAll()).noneMatch((stored) -> stored.toString().contains(token));
		assertThat(this.tokens.count()).isPositive();
	}

	@Test
	void weakOrDuplicatePasswordsAndEmailsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.accounts.createAdministrator("weak@example.org.uk", "Weak", "password1234"));
		this.accounts.createAdministrator("taken@example.org.uk", "Taken", "river biscuit compass");
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.accounts.createAdministrator("TAKEN@example.org.uk", "Again", "river biscuit compass"));
		assertThat(this.users.findByEmail("taken@example.org.uk").orElseThrow().getRoles())
			.isEqualTo(Set.of(Role.ADMIN, Role.EDITOR));
	}

}
