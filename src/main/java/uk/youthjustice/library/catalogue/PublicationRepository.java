package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The read-only queries behind feeds and the sitemap: public resources only, as flat rows
 * rather than entities, so nothing is loaded lazily and no query runs per row.
 */
interface PublicationRepository extends Repository<Resource, Long> {

	@Query("""
			select r.id as id, r.slug as slug, r.title as title, r.summary as summary,
				r.publishedAt as publishedAt, r.updatedAt as updatedAt, c.slug as categorySlug, c.name as categoryName
			from Resource r join r.category c
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			order by r.publishedAt desc, r.id desc
			""")
	List<EntryRow> newest(Instant now, Limit limit);

	@Query("""
			select r.id as id, r.slug as slug, r.title as title, r.summary as summary,
				r.publishedAt as publishedAt, r.updatedAt as updatedAt, c.slug as categorySlug, c.name as categoryName
			from Resource r join r.category c
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
				and c.slug = :slug
			order by r.publishedAt desc, r.id desc
			""")
	List<EntryRow> newestInCategory(String slug, Instant now, Limit limit);

	// A resource has a topic at most once, so the join cannot repeat a row.
	@Query("""
			select r.id as id, r.slug as slug, r.title as title, r.summary as summary,
				r.publishedAt as publishedAt, r.updatedAt as updatedAt, c.slug as categorySlug, c.name as categoryName
			from Resource r join r.category c join r.topics t
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
				and t.slug = :slug
			order by r.publishedAt desc, r.id desc
			""")
	List<EntryRow> newestOnTopic(String slug, Instant now, Limit limit);

	@Query("""
			select r.id as resourceId, t.slug as slug, t.name as name
			from Resource r join r.topics t
			where r.id in :resourceIds
			order by t.name
			""")
	List<TopicRow> topicsOf(Collection<Long> resourceIds);

	@Query("""
			select r.slug as slug, r.publishedAt as publishedAt, r.updatedAt as updatedAt
			from Resource r
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			order by r.publishedAt desc, r.id desc
			""")
	List<PageRow> allPublic(Instant now);

	@Query("select c.slug from Category c order by c.position, c.name")
	List<String> categorySlugs();

	@Query("select t.slug from Topic t order by t.name")
	List<String> topicSlugs();

	/** One public resource as a feed entry needs it, without its topics. */
	interface EntryRow {

		Long getId();

		String getSlug();

		String getTitle();

		String getSummary();

		Instant getPublishedAt();

		Instant getUpdatedAt();

		String getCategorySlug();

		String getCategoryName();

	}

	/** One topic of one resource. */
	interface TopicRow {

		Long getResourceId();

		String getSlug();

		String getName();

	}

	/** A public resource's address and dates. */
	interface PageRow {

		String getSlug();

		Instant getPublishedAt();

		Instant getUpdatedAt();

	}

}
