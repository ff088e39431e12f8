package uk.youthjustice.library.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An address a resource used to have, kept so old links redirect to the new one. */
@Entity
@Table(name = "resource_previous_slug")
public class PreviousSlug {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "resource_id", nullable = false)
	private Resource resource;

	@Column(nullable = false, unique = true, length = 200)
	private String slug;

	@Column(name = "retired_at", nullable = false)
	private Instant retiredAt;

	protected PreviousSlug() {
	}

	PreviousSlug(Resource resource, String slug, Instant retiredAt) {
		this.resource = resource;
		this.slug = slug;
		this.retiredAt = retiredAt;
	}

	public String getSlug() {
		return this.slug;
	}

	public Instant getRetiredAt() {
		return this.retiredAt;
	}

}
