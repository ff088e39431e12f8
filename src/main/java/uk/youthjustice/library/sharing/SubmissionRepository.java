package uk.youthjustice.library.sharing;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<PracticeSubmission, Long> {

	/**
	 * The moderation queue: pending submissions first, the longest waiting at the top,
	 * then decided ones, the latest decision first.
	 */
	@Query(value = """
			select new uk.youthjustice.library.sharing.SubmissionRow(s.id, s.title, s.submitterOrganisation,
				s.submittedAt, s.status, s.decidedAt)
			from PracticeSubmission s
			order by case when s.status = uk.youthjustice.library.sharing.SubmissionStatus.PENDING then 0 else 1 end,
				case when s.status = uk.youthjustice.library.sharing.SubmissionStatus.PENDING then s.submittedAt end,
				s.decidedAt desc, s.id desc
			""", countQuery = "select count(s) from PracticeSubmission s")
	Page<SubmissionRow> queue(Pageable pageable);

	long countByStatus(SubmissionStatus status);

	/** A submission with what its moderation page shows beside its own columns. */
	@Query("""
			select s from PracticeSubmission s
			left join fetch s.category
			left join fetch s.evidence
			left join fetch s.topics
			where s.id = :id
			""")
	Optional<PracticeSubmission> findDetail(long id);

	/**
	 * A submission locked until the end of the transaction, so that two editors deciding
	 * at once are served one after the other and the second sees the first's decision.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from PracticeSubmission s where s.id = :id")
	Optional<PracticeSubmission> findForDecision(long id);

	/**
	 * Clears the personal data of submissions decided before the cutoff, once.
	 * @return how many submissions were cleared
	 */
	@Modifying
	@Query("""
			update PracticeSubmission s
			set s.submitterName = null, s.submitterEmail = null, s.submitterRole = null,
				s.contactName = null, s.contactTelephone = null, s.contactEmail = null,
				s.personalDataDeletedAt = :now
			where s.decidedAt < :cutoff and s.personalDataDeletedAt is null
			""")
	int deletePersonalDataDecidedBefore(Instant cutoff, Instant now);

}
