package uk.youthjustice.library.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesShortPasswords() {
		assertThat(this.policy.problemWith("eleven char")).contains("password.too-short");
		assertThat(this.policy.problemWith(null)).contains("password.too-short");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.problemWith("PASSWORD1234")).contains("password.too-common");
	}

	@Test
	void refusesOverlongPasswords() {
		assertThat(this.policy.problemWith("x".repeat(129))).contains("password.too-long");
	}

	@Test
	void acceptsALongUncommonPassphraseWithoutCompositionRules() {
		assertThat(this.policy.problemWith("kettle orchard lantern")).isEmpty();
	}

}
