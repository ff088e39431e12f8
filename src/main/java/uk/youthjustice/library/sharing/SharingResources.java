package uk.youthjustice.library.sharing;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Resource;

/** Where drafts made from submissions are saved. */
interface SharingResources extends Repository<Resource, Long> {

	Resource save(Resource resource);

	boolean existsBySlug(String slug);

	/**
	 * Whether a resource used to have the given address: it still redirects there, so a
	 * new resource must not take it.
	 */
	@Query("select count(p) > 0 from PreviousSlug p where p.slug = :slug")
	boolean isPreviousSlug(String slug);

	default boolean isSlugTaken(String slug) {
		return existsBySlug(slug) || isPreviousSlug(slug);
	}

}
