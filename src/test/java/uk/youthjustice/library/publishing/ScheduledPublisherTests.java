package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;

import uk.youthjustice.library.catalogue.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The scheduler's loop: each resource on its own, losers of a race skipped quietly. */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledPublisherTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final Publishing publishing = mock(Publishing.class);

	private final ScheduledPublisher scheduler = new ScheduledPublisher(this.publishing,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aResourceAnotherNodePublishedFirstIsSkippedAndTheOthersArePublished(CapturedOutput output) {
		given(this.publishing.scheduledUpTo(NOW)).willReturn(List.of(1L, 2L, 3L, 4L));
		given(this.publishing.publishIfDue(1L, NOW)).willReturn(Publishing.Attempt.PUBLISHED);
		given(this.publishing.publishIfDue(2L, NOW))
			.willThrow(new ObjectOptimisticLockingFailureException(Resource.class, 2L));
		given(this.publishing.publishIfDue(3L, NOW)).willReturn(Publishing.Attempt.NOT_DUE);
		given(this.publishing.publishIfDue(4L, NOW)).willReturn(Publishing.Attempt.PUBLISHED);

		assertThat(this.scheduler.publishDue(NOW)).isEqualTo(2);
		assertThat(output).doesNotContain("WARN").doesNotContain("ERROR");
	}

	@Test
	void oneResourceFailingDoesNotStopTheOthers(CapturedOutput output) {
		given(this.publishing.scheduledUpTo(NOW)).willReturn(List.of(1L, 2L));
		given(this.publishing.publishIfDue(1L, NOW)).willThrow(new IllegalStateException("broken row"));
		given(this.publishing.publishIfDue(2L, NOW)).willReturn(Publishing.Attempt.PUBLISHED);

		assertThat(this.scheduler.publishDue(NOW)).isEqualTo(1);
		assertThat(output).contains("Could not publish scheduled resource 1");
	}

	@Test
	void anIncompleteResourceIsReportedOnceUntilWhatItLacksChanges(CapturedOutput output) {
		given(this.publishing.scheduledUpTo(NOW)).willReturn(List.of(5L));
		given(this.publishing.publishIfDue(5L, NOW))
			.willReturn(new Publishing.Attempt(false, List.of(Requirement.AIM)));

		assertThat(this.scheduler.publishDue(NOW)).isZero();
		this.scheduler.publishDue(NOW);
		assertThat(occurrences(output.getAll(), "Scheduled resource 5 was due")).isEqualTo(1);

		given(this.publishing.publishIfDue(5L, NOW))
			.willReturn(new Publishing.Attempt(false, List.of(Requirement.AIM, Requirement.CONTACT)));
		this.scheduler.publishDue(NOW);
		assertThat(occurrences(output.getAll(), "Scheduled resource 5 was due")).isEqualTo(2);
	}

	@Test
	void aFailureAtStartUpIsLoggedAndDoesNotStopTheLibrary(CapturedOutput output) {
		given(this.publishing.scheduledUpTo(NOW)).willThrow(new IllegalStateException("database not ready"));

		this.scheduler.publishWhatFellDueWhileStopped();

		assertThat(output).contains("Could not publish scheduled resources at start-up");
	}

	@Test
	void itRunsAtStartUpAndOnATimerWithTheLibrarysClock() throws NoSuchMethodException {
		this.scheduler.publishWhatFellDueWhileStopped();
		verify(this.publishing).scheduledUpTo(NOW);

		assertThat(ScheduledPublisher.class.getDeclaredMethod("publishWhatFellDueWhileStopped")
			.getAnnotation(EventListener.class)
			.value()).containsExactly(ApplicationReadyEvent.class);
		Scheduled timer = ScheduledPublisher.class.getDeclaredMethod("publishDueNow").getAnnotation(Scheduled.class);
		assertThat(timer.fixedDelayString()).isEqualTo("${library.publishing.interval:30s}");
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
