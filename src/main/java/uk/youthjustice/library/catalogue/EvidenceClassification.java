package uk.youthjustice.library.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * How strong the evidence behind a practice example is, such as "Promising". Editors
 * manage the vocabulary; the position orders it from strongest to weakest.
 */
@Entity
@Table(name = "evidence_classification")
@Audited
public class EvidenceClassification extends TaxonomyTerm {

	@Column(nullable = false)
	private int position;

	protected EvidenceClassification() {
	}

	public EvidenceClassification(String slug, String name, String description, int position) {
		super(slug, name, description);
		this.position = position;
	}

	public int getPosition() {
		return this.position;
	}

	/** Moves the term in its list: lower positions come first, ties by name. */
	public void moveTo(int position) {
		this.position = position;
	}

}
