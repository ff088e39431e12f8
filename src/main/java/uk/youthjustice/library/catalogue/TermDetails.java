package uk.youthjustice.library.catalogue;

/**
 * A category, topic or evidence label as its edit and delete pages show it.
 *
 * @param id its id
 * @param slug its public address, fixed when it was created
 * @param name its name as saved
 * @param description its description, or {@code null}
 * @param position where it comes in its list; 0 for topics
 */
record TermDetails(Long id, String slug, String name, String description, int position) {

	static TermDetails of(TaxonomyTerm term) {
		int position = (term instanceof Category category) ? category.getPosition()
				: (term instanceof EvidenceClassification evidence) ? evidence.getPosition() : 0;
		return new TermDetails(term.getId(), term.getSlug(), term.getName(), term.getDescription(), position);
	}

}
