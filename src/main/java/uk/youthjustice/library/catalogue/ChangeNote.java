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

/** A public note of what changed in a published resource, shown as its history. */
@Entity
@Table(name = "resource_change_note")
public class ChangeNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "resource_id", nullable = false)
	private Resource resource;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(nullable = false, length = 1000)
	private String note;

	protected ChangeNote() {
	}

	ChangeNote(Resource resource, Instant changedAt, String note) {
		this.resource = resource;
		this.changedAt = changedAt;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getNote() {
		return this.note;
	}

}
