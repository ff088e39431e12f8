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
	 * The addresses and titles of the resources with these addresses, whatever their
	 * status.
	 */
	@Query("select new uk.youthjustice.library.catalogue.ResourceRepository$SlugTitle(r.slug, r.title) "
			+ "from Resource r where r.slug in :slugs")
	List<SlugTitle> findTitlesBySlugIn(Collection<String> slugs);

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

	/** As {@link #findPageBySlug}, by id, for editors' previews. */
	@Query("""
			select r from Resource r
			join fetch r.category
			left join fetch r.evidence
			left join fetch r.sourceOrganisation
			left join fetch r.replaces
			left join fetch r.topics
			where r.id = :id
			""")
	Optional<Resource> findPageById(Long id);

	/** Whether the resource is published and its publication time has come. */
	@Query("""
			select count(r) > 0 from Resource r where r.id = :id
				and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			""")
	boolean isPublicAt(Long id, Instant now);

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
	 * The slugs of public resources other than the given one that share any of the topics
	 * or contacts, those sharing most first, then the newest. Written in SQL because it
	 * counts straight from the link tables: in a library of 10,000 a topic is shared by
	 * thousands, and joining each back to its resource before counting cost a resource
	 * page most of its time (docs/benchmarks.md).
	 */
	@Query(nativeQuery = true, value = """
			select r.slug from (
				select resource_id, count(*) as shared from (
					select rt.resource_id from resource_topic rt where rt.topic_id in (:topicIds)
					union all
					select rc.resource_id from resource_contact rc where rc.contact_card_id in (:contactIds)
				) links
				group by resource_id
			) s
			join resource r on r.id = s.resource_id
			where r.id <> :id and r.status = 'PUBLISHED' and r.published_at <= :now
			order by s.shared desc, r.published_at desc, r.id desc
			limit :limit
			""")
	List<String> relatedSlugsVisibleAt(Long id, Collection<Long> topicIds, Collection<Long> contactIds, Instant now,
			int limit);

	/**
	 * Links to those of the given resources the public can see, in no particular order.
	 */
	@Query("""
			select new uk.youthjustice.library.catalogue.ResourcePage$Link(r.slug, r.title, r.kind, r.publishedAt,
				r.modifiedAt)
			from Resource r where r.slug in :slugs
				and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			""")
	List<Link> publicLinksTo(Collection<String> slugs, Instant now);

	/**
	 * A resource's address and title.
	 *
	 * @param slug the address
	 * @param title the title
	 */
	record SlugTitle(String slug, String title) {
	}

}
