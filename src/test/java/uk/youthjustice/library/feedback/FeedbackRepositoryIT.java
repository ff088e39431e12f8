package uk.youthjustice.library.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class FeedbackRepositoryIT {

	@Autowired
	FeedbackRepository feedback;

	@Test
	void keepsAReportedProblem() {
		Long id = this.feedback
			.save(new Feedback("/resources/heritage-panel", false, "Looking for a contact",
					"The phone number is wrong"))
			.getId();
		Feedback found = this.feedback.findById(id).orElseThrow();
		assertThat(found.getPagePath()).isEqualTo("/resources/heritage-panel");
		assertThat(found.getUseful()).isFalse();
		assertThat(found.getWhatWrong()).isEqualTo("The phone number is wrong");
		assertThat(found.getStatus()).isEqualTo(Feedback.Status.NEW);
		assertThat(found.getCreatedAt()).isNotNull();
	}

}
