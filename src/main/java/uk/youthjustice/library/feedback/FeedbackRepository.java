package uk.youthjustice.library.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Readers' feedback; the form that fills it and the review page come with their issues.
 */
public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

}
