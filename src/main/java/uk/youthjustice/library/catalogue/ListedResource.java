package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

import uk.youthjustice.library.catalogue.ResourcePage.Term;

/**
 * A public resource as the open data API lists it: what a listing row shows, with the
 * slugs of what it is filed under and its topics.
 *
 * @param id the resource's database id
 * @param slug its address
 * @param kind practice example or guidance document
 * @param title the title
 * @param summary one or two sentences, or {@code null}
 * @param category the category it is published in
 * @param evidence its evidence classification, or {@code null}
 * @param publishedAt when it was published
 * @param updatedAt when it last changed
 * @param ageRange the ages it suits
 * @param costKind whether it costs money, or {@code null} when not stated
 * @param costText what it costs, in the editor’s words, or {@code null}
 * @param topics its topics, by name
 */
public record ListedResource(Long id, String slug, ResourceKind kind, String title, String summary, Term category,
		Term evidence, Instant publishedAt, Instant updatedAt, AgeRange ageRange, CostKind costKind, String costText,
		List<Term> topics) {

	/** A row as the listing query selects it, before its topics are added. */
	public ListedResource(Long id, String slug, ResourceKind kind, String title, String summary, String categorySlug,
			String categoryName, Instant publishedAt, Instant updatedAt, Integer ageMinimum, Integer ageMaximum,
			CostKind costKind, String costText, String evidenceSlug, String evidenceName) {
		this(id, slug, kind, title, summary, new Term(categorySlug, categoryName),
				(evidenceSlug != null) ? new Term(evidenceSlug, evidenceName) : null, publishedAt, updatedAt,
				new AgeRange(ageMinimum, ageMaximum), costKind, costText, List.of());
	}

	ListedResource withTopics(List<Term> terms) {
		return new ListedResource(this.id, this.slug, this.kind, this.title, this.summary, this.category, this.evidence,
				this.publishedAt, this.updatedAt, this.ageRange, this.costKind, this.costText, List.copyOf(terms));
	}

}
