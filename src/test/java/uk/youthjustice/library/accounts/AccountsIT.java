package uk.youthjustice.library.accounts;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first-administrator bootstrap on a real database. The shared test library starts
 * without an administrator, and each test leaves it that way for the other tests.
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

	@AfterEach
	void removeAccounts() {
		this.tokens.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void setupLinkCreatesTheFirstAdministratorOnce() {
		String token = this.accounts.issueFirstAdministratorToken();
		assertThat(this.accounts.isFirstAdministratorTokenValid(token)).isTrue();
		assertThat(this.accounts.isFirstAdministratorTokenValid("made-up")).isFalse();

		UserAccount admin = this.accounts.completeFirstAdministrator(token, " First.Admin@Example.org.uk ",
				"First Admin", "kettle orchard lantern");

		assertThat(admin.getEmail()).isEqualTo("first.admin@example.org.uk");
		assertThat(admin.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
		assertThat(this.accounts.hasAdministrator()).isTrue();
		UserAccount stored = this.users.findByEmail("first.admin@example.org.uk").orElseThrow();
		assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("kettle");
		assertThat(this.encoder.matches("kettle orchard lantern", stored.getPasswordHash())).isTrue();
		assertThat(this.accounts.isFirstAdministratorTokenValid(token)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.accounts.completeFirstAdministrator(token,
				"second@example.org.uk", "Second", "another long passphrase"));
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
