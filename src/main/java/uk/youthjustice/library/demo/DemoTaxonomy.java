package uk.youthjustice.library.demo;

import java.util.List;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.demo.DemoLibrary.Term;

/** Saves the demo categories, topics and evidence labels, in their file order. */
record DemoTaxonomy(Catalogue catalogue) {

	void save(DemoLibrary library) {
		List<Term> categories = library.categories();
		for (int i = 0; i < categories.size(); i++) {
			Term term = categories.get(i);
			this.catalogue.save(new Category(term.slug(), term.displayName(), term.description(), i));
		}
		library.topics()
			.forEach((term) -> this.catalogue.save(new Topic(term.slug(), term.displayName(), term.description())));
		List<Term> evidence = library.evidenceClassifications();
		for (int i = 0; i < evidence.size(); i++) {
			Term term = evidence.get(i);
			this.catalogue.save(new EvidenceClassification(term.slug(), term.displayName(), term.description(), i));
		}
	}

}
