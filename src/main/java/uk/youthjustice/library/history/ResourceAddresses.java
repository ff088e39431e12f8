package uk.youthjustice.library.history;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Resource;

/** Which addresses resources use now or used to, so a restored draft gets a free one. */
interface ResourceAddresses extends Repository<Resource, Long> {

	@Query("""
			select count(r) > 0 from Resource r where r.slug = :slug
			or exists (select p from PreviousSlug p where p.slug = :slug)
			""")
	boolean isTaken(String slug);

}
