package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceRepository extends JpaRepository<Resource, Long> {

	Optional<Resource> findBySlug(String slug);

	/** The most recently published resources the public can see at {@code now}. */
	@Query("""
			select r from Resource r join fetch r.category
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			order by r.publishedAt desc, r.id desc
			""")
	List<Resource> latestVisibleAt(Instant now, Limit limit);

}
