package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

	Optional<SetupToken> findByTokenHash(String tokenHash);

	/** Makes every unused link of the account unusable. */
	@Modifying
	@Query("update SetupToken t set t.usedAt = :at where t.userAccountId = :accountId and t.usedAt is null")
	int retireUnused(Long accountId, Instant at);

}
