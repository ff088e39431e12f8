package uk.youthjustice.library.feedback;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Readers' feedback. Other modules use {@link FeedbackInbox}. */
interface FeedbackRepository extends JpaRepository<Feedback, Long> {

	Page<Feedback> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

}
