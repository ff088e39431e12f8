package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, Long> {

	@Query("""
			select a.attemptedAt from SignInAttempt a
			where a.username = :username and a.outcome in :outcomes and a.attemptedAt > :since
			order by a.attemptedAt desc""")
	List<Instant> timesForUsername(String username, Collection<SignInOutcome> outcomes, Instant since, Limit limit);

	@Query("""
			select a.attemptedAt from SignInAttempt a
			where a.clientAddress = :address and a.outcome in :outcomes and a.attemptedAt > :since
			order by a.attemptedAt desc""")
	List<Instant> timesForAddress(String address, Collection<SignInOutcome> outcomes, Instant since, Limit limit);

	@Query("""
			select max(a.attemptedAt) from SignInAttempt a
			where a.username = :username and a.outcome = uk.youthjustice.library.accounts.SignInOutcome.SUCCESS""")
	Instant lastSuccess(String username);

	/** Newest first; the id breaks ties between attempts in the same instant. */
	@Query("select a from SignInAttempt a order by a.attemptedAt desc, a.id desc")
	Page<SignInAttempt> newestFirst(Pageable pageable);

	List<SignInAttempt> findByUsernameOrderByIdDesc(String username);

	@Modifying
	@Query("delete from SignInAttempt a where a.attemptedAt < :cutoff")
	int deleteOlderThan(Instant cutoff);

}
