package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;

/** Someone who may sign in to the admin area. Has no password until they set one. */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	/** Kept in lower case, so sign-in ignores case. */
	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(name = "password_hash", length = 500)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "last_signed_in_at")
	private Instant lastSignedInAt;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, Set<Role> roles) {
		this.email = normaliseEmail(email);
		this.displayName = displayName;
		this.roles = EnumSet.copyOf(roles);
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void grant(Set<Role> granted) {
		this.roles.addAll(granted);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	boolean isAdministrator() {
		return this.roles.contains(Role.ADMIN);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastSignedInAt() {
		return this.lastSignedInAt;
	}

}
