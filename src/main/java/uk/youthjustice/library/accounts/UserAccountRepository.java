package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	@Query("select u.id from UserAccount u where u.email = :email")
	Optional<Long> findIdByEmail(String email);

	/**
	 * Whether someone can administer the library: an enabled administrator who has set a
	 * password.
	 */
	@Query("""
			select count(u) > 0 from UserAccount u join u.roles r
			where r = uk.youthjustice.library.accounts.Role.ADMIN and u.enabled = true and u.passwordHash is not null""")
	boolean existsAdministrator();

	/**
	 * The enabled administrators, locked until the transaction ends, so that two
	 * administrators cannot disable each other at the same moment and leave none.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select u from UserAccount u
			where u.enabled = true and uk.youthjustice.library.accounts.Role.ADMIN member of u.roles""")
	List<UserAccount> lockEnabledAdministrators();

	@Query("select distinct u from UserAccount u left join fetch u.roles order by u.email")
	List<UserAccount> findAllWithRoles();

	@Modifying
	@Query("update UserAccount u set u.lastSignedInAt = :at where u.id = :id")
	void recordSignIn(Long id, Instant at);

}
