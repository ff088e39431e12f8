package uk.youthjustice.library.legacy;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Resource;

/** Which addresses imported resources may take. */
interface LegacyResources extends Repository<Resource, Long> {

	boolean existsBySlug(String slug);

	/** Whether a resource used to have the address: it still redirects there. */
	@Query("select count(p) > 0 from PreviousSlug p where p.slug = :slug")
	boolean isPreviousSlug(String slug);

	default boolean isSlugTaken(String slug) {
		return existsBySlug(slug) || isPreviousSlug(slug);
	}

}
