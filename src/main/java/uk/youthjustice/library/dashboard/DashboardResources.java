package uk.youthjustice.library.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * The dashboard's and the review list's questions about resources, each one statement
 * returning {@link ResourceRow} projections.
 */
interface DashboardResources extends Repository<Resource, Long> {

	@Query("select new uk.youthjustice.library.dashboard.StatusCount(r.status, count(r)) from Resource r"
			+ " group by r.status")
	List<StatusCount> countByStatus();

	/**
	 * Resources in a status that someone created or changed last, newest change first.
	 */
	@Query(ResourceRow.SELECT + "where r.status = :status and (r.createdBy = :email or r.modifiedBy = :email)"
			+ " order by r.modifiedAt desc, r.id desc")
	List<ResourceRow> touchedBy(String email, ResourceStatus status, Limit limit);

	@Query(ResourceRow.SELECT + "order by r.modifiedAt desc, r.id desc")
	List<ResourceRow> recentlyChanged(Limit limit);

	/** Scheduled resources, the next to be published first. */
	@Query(ResourceRow.SELECT + "where r.status = uk.youthjustice.library.catalogue.ResourceStatus.SCHEDULED"
			+ " order by r.publishAt asc, r.id asc")
	List<ResourceRow> scheduled(Limit limit);

	/**
	 * Resources still in use (not archived) whose review falls due on or before a date,
	 * the longest overdue first.
	 */
	@Query(ResourceRow.SELECT + "where r.status <> uk.youthjustice.library.catalogue.ResourceStatus.ARCHIVED"
			+ " and r.reviewDueOn <= :until order by r.reviewDueOn asc, r.id asc")
	List<ResourceRow> dueForReview(LocalDate until, Limit limit);

	@Query("select count(r) from Resource r where r.status <> uk.youthjustice.library.catalogue.ResourceStatus.ARCHIVED"
			+ " and r.reviewDueOn <= :until")
	long countDueForReview(LocalDate until);

}
