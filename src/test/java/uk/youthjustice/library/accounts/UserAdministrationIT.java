package uk.youthjustice.library.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Administrators' work with accounts, on the real database. */
@WithLibrary
class UserAdministrationIT {

	@Autowired
	UserAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SetupTokenRepository tokens;

	@Test
	void aNewAccountHasNoPasswordUntilItsOwnerUsesTheLink() {
		String email = unique("new");
		UserAccount account = this.administration.create(" " + email.toUpperCase() + " ", "  Sam Patel ",
				EnumSet.of(Role.EDITOR));
		assertThat(account.getEmail()).isEqualTo(email);
		assertThat(account.getDisplayName()).isEqualTo("Sam Patel");
		assertThat(account.hasPassword()).isFalse();
		assertThat(account.isEnabled()).isTrue();
		assertThat(this.administration.isEmailTaken(email.toUpperCase())).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.administration.create(email, "Again", EnumSet.of(Role.ADMIN)));

		UserAdministration.LinkFor issued = this.administration.issueLink(account.getId());
		assertThat(issued.link().expiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(48)),
				within(Duration.ofMinutes(1)));
		assertThat(this.tokens.findByTokenHash(SetPasswordLinks.hash(issued.link().token()))).isPresent();

		this.accounts.setPassword(issued.link().token(), "kettle orchard lantern");
		assertThat(this.users.findByEmail(email).orElseThrow().hasPassword()).isTrue();
		assertThat(this.accounts.accountForPasswordLink(issued.link().token())).isEmpty();
	}

	@Test
	void aNewLinkRetiresTheEarlierOnes() {
		UserAccount account = this.administration.create(unique("links"), "Links", EnumSet.of(Role.EDITOR));
		String first = this.administration.issueLink(account.getId()).link().token();
		String second = this.administration.issueLink(account.getId()).link().token();

		assertThat(this.accounts.accountForPasswordLink(first)).isEmpty();
		assertThat(this.accounts.accountForPasswordLink(second))
			.hasValueSatisfying((found) -> assertThat(found.getId()).isEqualTo(account.getId()));
	}

	@Test
	void nobodyDisablesThemselvesOrTheLastAdministrator() {
		// Other tests leave administrators behind: start from none.
		this.tokens.deleteAll();
		this.users.deleteAll();
		UserAccount first = this.administration.create(unique("first"), "First", EnumSet.of(Role.ADMIN));
		UserAccount second = this.administration.create(unique("second"), "Second",
				EnumSet.of(Role.ADMIN, Role.EDITOR));

		assertThatExceptionOfType(AccountChangeRefusedException.class)
			.isThrownBy(() -> this.administration.disable(first.getId(), first.getEmail()))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("accounts.user.disable.yourself"));

		this.administration.disable(second.getId(), first.getEmail());
		assertThat(this.users.findById(second.getId()).orElseThrow().isEnabled()).isFalse();

		assertThatExceptionOfType(AccountChangeRefusedException.class)
			.isThrownBy(() -> this.administration.disable(first.getId(), second.getEmail()))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("accounts.user.disable.last-administrator"));
		assertThat(this.users.findById(first.getId()).orElseThrow().isEnabled()).isTrue();

		this.administration.enable(second.getId());
		UserAccount editor = this.administration.create(unique("editor"), "Editor", EnumSet.of(Role.EDITOR));
		this.administration.disable(editor.getId(), first.getEmail());
		this.administration.disable(first.getId(), second.getEmail());
		assertThat(this.users.findById(first.getId()).orElseThrow().isEnabled()).isFalse();
		this.tokens.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void theDatabaseRefusesADuplicateEmailEvenIfTheCheckIsRaced() {
		String email = unique("race");
		this.users.save(new UserAccount(email, "One", EnumSet.of(Role.EDITOR)));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.users.saveAndFlush(new UserAccount(email, "Two", EnumSet.of(Role.EDITOR))));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
