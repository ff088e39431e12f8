package uk.youthjustice.library.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A subject that cuts across categories, such as "Resettlement" or "County lines". */
@Entity
@Table(name = "topic")
public class Topic extends TaxonomyTerm {

	protected Topic() {
	}

	public Topic(String slug, String name, String description) {
		super(slug, name, description);
	}

}
