package uk.youthjustice.library.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What categories, topics and evidence labels have in common: a name and an address.
 * Envers audits a mapped superclass's fields only when the superclass itself is
 * {@code @Audited}.
 */
@MappedSuperclass
@Audited
@EntityListeners(TermsChanged.class)
public abstract class TaxonomyTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 120)
	@KeywordField(aggregable = Aggregable.YES)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 1000)
	private String description;

	// The revision records when something changed; these would only repeat it.
	@NotAudited
	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@NotAudited
	@UpdateTimestamp
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected TaxonomyTerm() {
	}

	protected TaxonomyTerm(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
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

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Gives the term a new name. The slug stays: it is the public address, and links to
	 * it must keep working.
	 */
	public void rename(String name) {
		this.name = name;
	}

	/** Puts back the name and description of an earlier version; the address stays. */
	public void restore(String name, String description) {
		rename(name);
		describe(description);
	}

	/** Replaces the description; {@code null} for none. */
	public void describe(String description) {
		this.description = description;
	}

}
