package uk.youthjustice.library.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByResourceIdOrderByPosition(Long resourceId);

}
