package uk.youthjustice.library.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link for setting a password. Only the token's SHA-256 is kept, so a copy of
 * the database does not hand out working links.
 */
@Entity
@Table(name = "account_setup_token")
class SetupToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	/**
	 * The account whose password is set; empty for the first administrator, not yet
	 * created.
	 */
	@Column(name = "user_account_id")
	private Long userAccountId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected SetupToken() {
	}

	SetupToken(String tokenHash, Long userAccountId, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.userAccountId = userAccountId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void markUsed(Instant at) {
		this.usedAt = at;
	}

	Long getUserAccountId() {
		return this.userAccountId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
