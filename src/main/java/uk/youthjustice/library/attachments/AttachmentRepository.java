package uk.youthjustice.library.attachments;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByResourceIdOrderByPosition(Long resourceId);

	/** Every content address a row refers to: files and their thumbnails. */
	@Query("""
			select a.sha256 from Attachment a
			union
			select a.thumbnailSha256 from Attachment a where a.thumbnailSha256 is not null""")
	Set<String> contentInUse();

	/**
	 * Adds to a download count in the database, without loading the row or changing its
	 * version, so that counting never makes an editor's save fail as a concurrent change.
	 */
	@Modifying
	@Query("update Attachment a set a.downloadCount = a.downloadCount + :downloads where a.id = :id")
	int addDownloads(Long id, long downloads);

}
