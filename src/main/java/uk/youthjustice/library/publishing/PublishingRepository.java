package uk.youthjustice.library.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.publishing.Overview.Related;

/** Resources as the workflow reads and changes them. */
interface PublishingRepository extends Repository<Resource, Long> {

	/**
	 * A resource with its category and what it replaces, for the overview and actions.
	 */
	@Query("""
			select r from Resource r
			join fetch r.category
			left join fetch r.replaces
			where r.id = :id
			""")
	Optional<Resource> findById(Long id);

	/** The resources that replace the given one, oldest first. */
	@Query("""
			select new uk.youthjustice.library.publishing.Overview$Related(r.id, r.title, r.status)
			from Resource r where r.replaces.id = :id
			order by r.id
			""")
	List<Related> replacementsOf(Long id);

	/** Scheduled resources whose time has come, the longest overdue first. */
	@Query("""
			select r.id from Resource r
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.SCHEDULED and r.publishAt <= :now
			order by r.publishAt, r.id
			""")
	List<Long> scheduledUpTo(Instant now);

	/**
	 * Writes pending changes now, so that a change another node made meanwhile fails
	 * here, before anything is announced.
	 */
	void flush();

}
