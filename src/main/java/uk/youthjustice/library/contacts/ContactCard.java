package uk.youthjustice.library.contacts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Whom to ask about a resource: an organisation and, usually, a named person. One card
 * serves every resource it is attached to, so a new phone number is changed once.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "contact_card")
@Audited
public class ContactCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 200)
	private String organisation;

	@Column(name = "person_name", length = 200)
	private String personName;

	@Column(length = 200)
	private String role;

	@Column(length = 60)
	private String telephone;

	@Column(length = 254)
	private String email;

	@Column(length = 500)
	private String website;

	@Column(length = 100)
	private String region;

	@Column(name = "last_verified_on")
	private LocalDate lastVerifiedOn;

	// The revision records who changed what and when; these would only repeat it.
	@NotAudited
	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@NotAudited
	@UpdateTimestamp
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The email address of whoever created it; empty for imported and demo content. */
	@NotAudited
	@CreatedBy
	@Column(name = "created_by", length = 254, updatable = false)
	private String createdBy;

	/** The email address of whoever changed it last. */
	@NotAudited
	@LastModifiedBy
	@Column(name = "modified_by", length = 254)
	private String modifiedBy;

	protected ContactCard() {
	}

	public ContactCard(String slug, String organisation) {
		this.slug = slug;
		this.organisation = organisation;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getPersonName() {
		return this.personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getTelephone() {
		return this.telephone;
	}

	public void setTelephone(String telephone) {
		this.telephone = telephone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public LocalDate getLastVerifiedOn() {
		return this.lastVerifiedOn;
	}

	public void setLastVerifiedOn(LocalDate lastVerifiedOn) {
		this.lastVerifiedOn = lastVerifiedOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

}
