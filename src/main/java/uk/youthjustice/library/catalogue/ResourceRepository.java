package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.youthjustice.library.catalogue.ResourcePage.Link;

interface ResourceRepository extends JpaRepository<Resource, Long> {

	Optional<Resource> findBySlug(String slug);

	/**
	 * A resource with what its page shows beside its own columns: category, evidence
	 * label, source organisation, what it replaces and its topics.
	 */
	@Query("""
			select r from Resource r
			join fetch r.category
			left join fetch r.evidence
			left join fetch r.sourceOrganisation
			left join fetch r.replaces
			left join fetch r.topics
			where r.slug = :slug
			""")
	Optional<Resource> findPageBySlug(String slug);

	/** The resource that used to have the given address. */
	@Query("select p.resource from PreviousSlug p where p.slug = :slug")
	Optional<Resource> findByPreviousSlug(String slug);

	/** Public resources that replace the given one, newest first. */
	@Query("""
			select new uk.youthjustice.library.catalogue.ResourcePage$Link(r.slug, r.title, r.kind, r.publishedAt,
				r.modifiedAt)
			from Resource r
			where r.replaces.id = :id
				and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			order by r.publishedAt desc, r.id desc
			""")
	List<Link> replacementsVisibleAt(Long id, Instant now, Limit limit);

	/**
	 * Public resources other than the given one that share any of the topics or contacts,
	 * those sharing most first, then the newest. Starting from the link tables keeps it
	 * to the few resources filed alongside, however large the library.
	 */
	@Query("""
			select new uk.youthjustice.library.catalogue.ResourcePage$Link(r.slug, r.title, r.kind, r.publishedAt,
				r.modifiedAt)
			from Resource r
			join (
				select t.id as resourceId from Resource t join t.topics topic where topic.id in :topicIds
				union all
				select c.id as resourceId from Resource c join c.contacts contact where contact.id in :contactIds
			) shared on shared.resourceId = r.id
			where r.id <> :id
				and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			group by r.id, r.slug, r.title, r.kind, r.publishedAt, r.modifiedAt
			order by count(*) desc, r.publishedAt desc, r.id desc
			""")
	List<Link> relatedVisibleAt(Long id, Collection<Long> topicIds, Collection<Long> contactIds, Instant now,
			Limit limit);

}
