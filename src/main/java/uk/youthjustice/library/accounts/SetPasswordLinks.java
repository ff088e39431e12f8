package uk.youthjustice.library.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links: for the first administrator, and for setting an account's password.
 * Only each token's SHA-256 is stored, so a copy of the database hands out no working
 * link; a new link for an account retires its earlier ones.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SetPasswordLinks {

	/** How long a set-password link works. */
	static final Duration LIFETIME = Duration.ofHours(48);

	private final SetupTokenRepository tokens;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SetPasswordLinks(SetupTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * A new set-password link for the account; its earlier links stop working.
	 * @return the secret token, to be shown once and never stored
	 */
	IssuedLink issue(UserAccount account) {
		Instant now = this.clock.instant();
		this.tokens.retireUnused(account.getId(), now);
		return save(account.getId(), now, LIFETIME);
	}

	/** A link for creating the first administrator, who has no account yet. */
	IssuedLink issueForFirstAdministrator(Duration lifetime) {
		return save(null, this.clock.instant(), lifetime);
	}

	/** The stored link a token stands for, if it is unused and unexpired. */
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<SetupToken> findUsable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter((found) -> found.isUsableAt(this.clock.instant()));
	}

	void use(SetupToken token) {
		token.markUsed(this.clock.instant());
	}

	private IssuedLink save(Long accountId, Instant now, Duration lifetime) {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = now.plus(lifetime);
		this.tokens.save(new SetupToken(hash(token), accountId, now, expiresAt));
		return new IssuedLink(token, expiresAt);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A link just made.
	 *
	 * @param token the secret part of the link
	 * @param expiresAt when it stops working
	 */
	record IssuedLink(String token, Instant expiresAt) {

		String path() {
			return "/account/password/" + this.token;
		}

	}

}
