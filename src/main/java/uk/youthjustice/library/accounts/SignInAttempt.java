package uk.youthjustice.library.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to sign in, for the audit log and for throttling. Never changed. */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt {

	static final int USERNAME_LENGTH = 254;

	static final int ADDRESS_LENGTH = 45;

	static final int USER_AGENT_LENGTH = 255;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "attempted_at", nullable = false, updatable = false)
	private Instant attemptedAt;

	@Column(nullable = false, updatable = false, length = USERNAME_LENGTH)
	private String username;

	@Column(name = "user_account_id", updatable = false)
	private Long userAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private SignInOutcome outcome;

	@Column(name = "client_address", nullable = false, updatable = false, length = ADDRESS_LENGTH)
	private String clientAddress;

	@Column(name = "user_agent", updatable = false, length = USER_AGENT_LENGTH)
	private String userAgent;

	protected SignInAttempt() {
	}

	SignInAttempt(Instant attemptedAt, String username, Long userAccountId, SignInOutcome outcome, String clientAddress,
			String userAgent) {
		this.attemptedAt = attemptedAt;
		this.username = usernameOf(username);
		this.userAccountId = userAccountId;
		this.outcome = outcome;
		this.clientAddress = truncate((clientAddress != null) ? clientAddress : "unknown", ADDRESS_LENGTH);
		this.userAgent = truncate(userAgent, USER_AGENT_LENGTH);
	}

	/** The email address as typed, as it is stored and counted. */
	static String usernameOf(String typed) {
		return truncate(UserAccount.normaliseEmail((typed != null) ? typed : ""), USERNAME_LENGTH);
	}

	static String truncate(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		// Never split a surrogate pair: the database would refuse half a character.
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAttemptedAt() {
		return this.attemptedAt;
	}

	public String getUsername() {
		return this.username;
	}

	public Long getUserAccountId() {
		return this.userAccountId;
	}

	public SignInOutcome getOutcome() {
		return this.outcome;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public String getUserAgent() {
		return this.userAgent;
	}

}
