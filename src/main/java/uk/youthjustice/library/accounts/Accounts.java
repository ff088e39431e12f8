package uk.youthjustice.library.accounts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts feature's public surface: administrators, editors and their passwords.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final Duration SETUP_LINK_LIFETIME = Duration.ofDays(7);

	private final UserAccountRepository users;

	private final SetPasswordLinks links;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SignedInSessions sessions;

	Accounts(UserAccountRepository users, SetPasswordLinks links, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, SignedInSessions sessions) {
		this.users = users;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
	}

	/** Whether an enabled administrator with a password exists. */
	public boolean hasAdministrator() {
		return this.users.existsAdministrator();
	}

	public Optional<UserAccount> findByEmail(String email) {
		return this.users.findByEmail(UserAccount.normaliseEmail(email));
	}

	/** The message key saying what is wrong with a proposed password, if anything. */
	public Optional<String> passwordProblem(String password) {
		return this.passwordPolicy.problemWith(password);
	}

	/**
	 * Creates an administrator with a password.
	 * @throws IllegalArgumentException if the password breaks the policy or the email is
	 * taken
	 */
	@Transactional
	public UserAccount createAdministrator(String email, String displayName, String password) {
		return createAccount(email, displayName, password, EnumSet.of(Role.ADMIN, Role.EDITOR));
	}

	/**
	 * Creates an account with a password and the given roles.
	 * @throws IllegalArgumentException if the password breaks the policy or the email is
	 * taken
	 */
	@Transactional
	public UserAccount createAccount(String email, String displayName, String password, Set<Role> roles) {
		this.passwordPolicy.problemWith(password).ifPresent((problem) -> {
			throw new IllegalArgumentException("The password is not acceptable: " + problem);
		});
		if (findByEmail(email).isPresent()) {
			throw new IllegalArgumentException("An account already uses " + email);
		}
		UserAccount account = new UserAccount(email, displayName, roles);
		account.setPasswordHash(this.passwordEncoder.encode(password));
		return this.users.save(account);
	}

	/**
	 * Issues a one-time link for creating the first administrator.
	 * @return the secret token, to be shown once and never stored
	 */
	@Transactional
	public String issueFirstAdministratorToken() {
		return this.links.issueForFirstAdministrator(SETUP_LINK_LIFETIME).token();
	}

	/**
	 * Whether the token is an unused, unexpired link for creating the first
	 * administrator, while no administrator can sign in.
	 */
	public boolean isFirstAdministratorTokenValid(String token) {
		return this.links.findUsable(token).filter((found) -> found.getUserAccountId() == null).isPresent()
				&& !hasAdministrator();
	}

	/**
	 * Uses a setup link to create the first administrator's account, without a password
	 * yet. An account with that email address and no password (from an earlier,
	 * unfinished setup) is taken over.
	 * @return the token of the set-password link that finishes the setup
	 * @throws IllegalStateException if the link is no longer valid
	 * @throws IllegalArgumentException if an account with a password uses the email
	 */
	@Transactional
	public String startFirstAdministrator(String token, String email, String displayName) {
		if (!isFirstAdministratorTokenValid(token)) {
			throw new IllegalStateException("The setup link has expired or has been used");
		}
		this.links.use(this.links.findUsable(token).orElseThrow());
		UserAccount account = findByEmail(email).orElse(null);
		if (account == null) {
			account = this.users.save(new UserAccount(email, displayName, EnumSet.of(Role.ADMIN, Role.EDITOR)));
		}
		else if (account.hasPassword()) {
			throw new IllegalArgumentException("An account already uses " + email);
		}
		else {
			account.rename(displayName);
			account.grant(EnumSet.of(Role.ADMIN, Role.EDITOR));
			account.enable();
		}
		return this.links.issue(account).token();
	}

	/** The account whose password a set-password link sets, if the link is usable. */
	Optional<UserAccount> accountForPasswordLink(String token) {
		return this.links.findUsable(token)
			.map(SetupToken::getUserAccountId)
			.flatMap((id) -> (id != null) ? this.users.findById(id) : Optional.empty());
	}

	/**
	 * Sets a password through a set-password link, which then stops working. Sessions of
	 * the account end, so a stolen session does not outlive the old password.
	 * @throws IllegalStateException if the link is no longer usable
	 * @throws IllegalArgumentException if the password breaks the policy
	 */
	@Transactional
	void setPassword(String token, String password) {
		this.passwordPolicy.problemWith(password).ifPresent((problem) -> {
			throw new IllegalArgumentException("The password is not acceptable: " + problem);
		});
		SetupToken link = this.links.findUsable(token)
			.filter((found) -> found.getUserAccountId() != null)
			.orElseThrow(() -> new IllegalStateException("The set-password link has expired or has been used"));
		UserAccount account = this.users.findById(link.getUserAccountId()).orElseThrow();
		this.links.use(link);
		account.setPasswordHash(this.passwordEncoder.encode(password));
		this.sessions.end(account.getEmail());
	}

}
