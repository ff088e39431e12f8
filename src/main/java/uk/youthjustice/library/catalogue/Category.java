package uk.youthjustice.library.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Where a resource is published, such as "Practice examples" or "Custody and community".
 */
@Entity
@Table(name = "category")
@Audited
public class Category extends TaxonomyTerm {

	@Column(nullable = false)
	private int position;

	protected Category() {
	}

	public Category(String slug, String name, String description, int position) {
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
