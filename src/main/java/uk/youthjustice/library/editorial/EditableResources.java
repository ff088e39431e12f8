package uk.youthjustice.library.editorial;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.youthjustice.library.catalogue.Resource;

/** Resources as the editorial forms read and write them. */
interface EditableResources extends JpaRepository<Resource, Long> {

	/** A resource with its single-valued links and topics, ready to fill a form. */
	@Query("""
			select r from Resource r
			join fetch r.category
			left join fetch r.evidence
			left join fetch r.sourceOrganisation
			left join fetch r.replaces
			left join fetch r.topics
			where r.id = :id
			""")
	Optional<Resource> findForEditing(Long id);

	Optional<Resource> findBySlug(String slug);

	@Query("select p.resource from PreviousSlug p where p.slug = :slug")
	Optional<Resource> findByPreviousSlug(String slug);

	/** Whether a resource has, or used to have, this address. */
	@Query("""
			select count(r) > 0 from Resource r where r.slug = :slug
			or exists (select p from PreviousSlug p where p.slug = :slug)
			""")
	boolean isSlugTaken(String slug);

}
