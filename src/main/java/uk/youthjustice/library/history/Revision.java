package uk.youthjustice.library.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change, shared by every entity it touched: when it happened and who made it.
 * The audit tables ({@code resource_aud} and the like) point at it.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
class Revision {

	/** Someone who is not a signed-in person: the scheduler, the demo loader, imports. */
	static final String SYSTEM = "system";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	/** The signed-in person's email address, or {@link #SYSTEM}. */
	@Column(name = "changed_by", nullable = false, length = 254)
	private String changedBy;

	protected Revision() {
	}

	Long getId() {
		return this.id;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getChangedBy() {
		return this.changedBy;
	}

	void record(Instant at, String by) {
		this.changedAt = at;
		this.changedBy = by;
	}

}
