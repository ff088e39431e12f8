package uk.youthjustice.library.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByResourceIdOrderByPosition(Long resourceId);

	/**
	 * Adds to a download count in the database, without loading the row or changing its
	 * version, so that counting never makes an editor's save fail as a concurrent change.
	 */
	@Modifying
	@Query("update Attachment a set a.downloadCount = a.downloadCount + :downloads where a.id = :id")
	int addDownloads(Long id, long downloads);

}
