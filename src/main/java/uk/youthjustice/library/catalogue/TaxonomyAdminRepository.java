package uk.youthjustice.library.catalogue;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The admin lists of categories, topics and evidence labels, and which resources use
 * each. Resources of every status count: a draft filed under a category would lose its
 * category if the category went.
 */
interface TaxonomyAdminRepository extends Repository<Resource, Long> {

	@Query("""
			select new uk.youthjustice.library.catalogue.TermRow(c.id, c.name, c.slug, c.position,
				(select count(r) from Resource r where r.category = c))
			from Category c
			order by c.position, lower(c.name), c.id
			""")
	List<TermRow> categoryRows();

	@Query("""
			select new uk.youthjustice.library.catalogue.TermRow(t.id, t.name, t.slug, 0,
				(select count(r) from Resource r join r.topics used where used = t))
			from Topic t
			order by lower(t.name), t.id
			""")
	List<TermRow> topicRows();

	@Query("""
			select new uk.youthjustice.library.catalogue.TermRow(e.id, e.name, e.slug, e.position,
				(select count(r) from Resource r where r.evidence = e))
			from EvidenceClassification e
			order by e.position, lower(e.name), e.id
			""")
	List<TermRow> evidenceRows();

	@Query("select coalesce(max(c.position), 0) from Category c")
	int lastCategoryPosition();

	@Query("select coalesce(max(e.position), 0) from EvidenceClassification e")
	int lastEvidencePosition();

	@Query("""
			select new uk.youthjustice.library.catalogue.TermUsage$Use(r.id, r.title, r.status)
			from Resource r where r.category.id = :id
			order by lower(r.title), r.id
			""")
	List<TermUsage.Use> resourcesInCategory(Long id, Limit limit);

	@Query("select count(r) from Resource r where r.category.id = :id")
	long countInCategory(Long id);

	@Query("""
			select new uk.youthjustice.library.catalogue.TermUsage$Use(r.id, r.title, r.status)
			from Resource r join r.topics t where t.id = :id
			order by lower(r.title), r.id
			""")
	List<TermUsage.Use> resourcesWithTopic(Long id, Limit limit);

	@Query("select count(r) from Resource r join r.topics t where t.id = :id")
	long countWithTopic(Long id);

	@Query("""
			select new uk.youthjustice.library.catalogue.TermUsage$Use(r.id, r.title, r.status)
			from Resource r where r.evidence.id = :id
			order by lower(r.title), r.id
			""")
	List<TermUsage.Use> resourcesWithEvidence(Long id, Limit limit);

	@Query("select count(r) from Resource r where r.evidence.id = :id")
	long countWithEvidence(Long id);

}
