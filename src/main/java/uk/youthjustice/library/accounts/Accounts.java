package uk.youthjustice.library.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts feature's public surface: administrators, editors and their passwords. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final Duration SETUP_LINK_LIFETIME = Duration.ofDays(7);

	private final UserAccountRepository users;

	private final SetupTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Accounts(UserAccountRepository users, SetupTokenRepository tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

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
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.tokens.save(new SetupToken(hash(token), null, now, now.plus(SETUP_LINK_LIFETIME)));
		return token;
	}

	/**
	 * Whether the token is an unused, unexpired link for creating the first
	 * administrator.
	 */
	public boolean isFirstAdministratorTokenValid(String token) {
		return findUsable(token).filter((found) -> found.getUserAccountId() == null).isPresent() && !hasAdministrator();
	}

	/**
	 * Uses a setup link to create the first administrator.
	 * @throws IllegalStateException if the link is no longer valid
	 */
	@Transactional
	public UserAccount completeFirstAdministrator(String token, String email, String displayName, String password) {
		if (!isFirstAdministratorTokenValid(token)) {
			throw new IllegalStateException("The setup link has expired or has been used");
		}
		SetupToken setupToken = findUsable(token).orElseThrow();
		setupToken.markUsed(this.clock.instant());
		return createAdministrator(email, displayName, password);
	}

	private Optional<SetupToken> findUsable(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter((found) -> found.isUsableAt(this.clock.instant()));
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
