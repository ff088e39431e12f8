package uk.youthjustice.library.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A subject that cuts across categories, such as "Resettlement" or "County lines". */
@Entity
@Table(name = "topic")
@Audited
public class Topic extends TaxonomyTerm {

	protected Topic() {
	}

	public Topic(String slug, String name, String description) {
		super(slug, name, description);
	}

}
