package uk.youthjustice.library.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = uk.youthjustice.library.accounts.Role.ADMIN")
	boolean existsAdministrator();

}
