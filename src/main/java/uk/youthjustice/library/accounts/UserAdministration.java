package uk.youthjustice.library.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: list, create, disable and re-enable them, and
 * issue set-password links.
 */
@Service
@Transactional(readOnly = true)
class UserAdministration {

	private final UserAccountRepository users;

	private final SetPasswordLinks links;

	private final SignedInSessions sessions;

	UserAdministration(UserAccountRepository users, SetPasswordLinks links, SignedInSessions sessions) {
		this.users = users;
		this.links = links;
		this.sessions = sessions;
	}

	/** Every account, by email address. */
	List<UserAccount> users() {
		return this.users.findAllWithRoles();
	}

	Optional<UserAccount> find(long id) {
		return this.users.findById(id);
	}

	boolean isEmailTaken(String email) {
		return this.users.findIdByEmail(UserAccount.normaliseEmail(email)).isPresent();
	}

	/**
	 * Creates an account without a password; its owner sets one through a link.
	 * @throws IllegalArgumentException if the email address is taken
	 */
	@Transactional
	UserAccount create(String email, String displayName, Set<Role> roles) {
		if (isEmailTaken(email)) {
			throw new IllegalArgumentException("An account already uses " + email);
		}
		return this.users.save(new UserAccount(email, displayName.strip(), roles));
	}

	/**
	 * Disables an account and ends its sessions.
	 * @param actingEmail the administrator doing it, who may not disable themselves
	 * @throws AccountChangeRefusedException if it is the administrator's own account or
	 * the last enabled administrator
	 */
	@Transactional
	void disable(long id, String actingEmail) {
		UserAccount account = this.users.findById(id).orElseThrow(AccountNotFoundException::new);
		if (account.getEmail().equals(actingEmail)) {
			throw new AccountChangeRefusedException("accounts.user.disable.yourself");
		}
		if (account.isEnabled() && account.isAdministrator() && this.users.lockEnabledAdministrators().size() <= 1) {
			throw new AccountChangeRefusedException("accounts.user.disable.last-administrator");
		}
		account.disable();
		this.sessions.end(account.getEmail());
	}

	@Transactional
	void enable(long id) {
		this.users.findById(id).orElseThrow(AccountNotFoundException::new).enable();
	}

	/** A new set-password link for the account; its earlier links stop working. */
	@Transactional
	LinkFor issueLink(long id) {
		UserAccount account = this.users.findById(id).orElseThrow(AccountNotFoundException::new);
		return new LinkFor(account.getId(), account.getEmail(), account.getDisplayName(), this.links.issue(account));
	}

	/**
	 * A set-password link and whose it is.
	 *
	 * @param accountId the account's id
	 * @param email where it may be sent
	 * @param displayName whom it is for
	 * @param link the link itself
	 */
	record LinkFor(long accountId, String email, String displayName, SetPasswordLinks.IssuedLink link) {
	}

}
