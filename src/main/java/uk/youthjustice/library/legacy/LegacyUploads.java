package uk.youthjustice.library.legacy;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Uploaded pages waiting for, or done with, their import. */
interface LegacyUploads extends Repository<LegacyUpload, Long> {

	LegacyUpload save(LegacyUpload upload);

	Optional<LegacyUpload> findByToken(String token);

	/**
	 * Marks the upload as importing, when it is ready (or failed before); at most one
	 * request wins.
	 * @return 1 when this request may import, 0 otherwise
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update LegacyUpload u set u.status = uk.youthjustice.library.legacy.LegacyUpload.Status.IMPORTING,
			u.publish = :publish, u.startedAt = :now, u.outcome = null
			where u.token = :token and u.status in (uk.youthjustice.library.legacy.LegacyUpload.Status.READY,
			uk.youthjustice.library.legacy.LegacyUpload.Status.FAILED)""")
	int claim(String token, boolean publish, Instant now);

	@Modifying
	@Query("delete from LegacyUpload u where u.uploadedAt < :before and u.status <> uk.youthjustice.library.legacy.LegacyUpload.Status.IMPORTING")
	int deleteUploadedBefore(Instant before);

}
