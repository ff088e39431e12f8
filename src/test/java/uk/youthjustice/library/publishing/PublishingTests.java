package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.contacts.ContactCard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The workflow's rules, on resources in memory. */
class PublishingTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final PublishingRepository repository = mock(PublishingRepository.class);

	private final Attachments attachments = mock(Attachments.class);

	private final List<Object> events = new ArrayList<>();

	private final Publishing publishing = new Publishing(this.repository, this.attachments, this.events::add,
			Clock.fixed(NOW, ZoneOffset.UTC));

	private final Category category = new Category("practice", "Practice", null, 1);

	@BeforeEach
	void nothingIsAttached() {
		given(this.attachments.forResource(any())).willReturn(List.of());
	}

	@Test
	void publishingADraftDatesItNowAndAnnouncesIt() {
		Resource resource = stored(complete());

		this.publishing.publish(1L, "ignored for a first publication");

		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(resource.getPublishedAt()).isEqualTo(NOW);
		assertThat(resource.getChangeNotes()).isEmpty();
		assertThat(this.events).containsExactly(new ResourcePublished(1L, "heritage-panel"));
	}

	@Test
	void anIncompleteResourceIsRefusedWithWhatIsMissing() {
		Resource resource = stored(complete());
		resource.getAims().clear();
		resource.setEvidence(null);

		assertThatThrownBy(() -> this.publishing.publish(1L, null))
			.isInstanceOfSatisfying(PublishingRefusedException.class, (ex) -> {
				assertThat(ex.getMissing()).containsExactly(Requirement.AIM, Requirement.EVIDENCE);
				assertThat(ex.messageKey()).isEqualTo("publishing.refused.incomplete");
			});
		assertThatThrownBy(() -> this.publishing.schedule(1L, NOW.plusSeconds(3600)))
			.isInstanceOf(PublishingRefusedException.class);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(this.events).isEmpty();
	}

	@Test
	void aRepublicationKeepsTheFirstDateAndNotesAChangeOnlyWhenGiven() {
		Resource resource = stored(complete());
		Instant first = Instant.parse("2024-01-01T09:00:00Z");
		resource.publish(first);
		this.publishing.unpublish(1L);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(resource.getPublishedAt()).isEqualTo(first);

		this.publishing.publish(1L, "  ");
		assertThat(resource.getPublishedAt()).isEqualTo(first);
		assertThat(resource.getChangeNotes()).isEmpty();

		this.publishing.unpublish(1L);
		this.publishing.publish(1L, " Corrected the contact details. ");
		assertThat(resource.getPublishedAt()).isEqualTo(first);
		assertThat(resource.getChangeNotes()).singleElement()
			.satisfies((note) -> assertThat(note.getNote()).isEqualTo("Corrected the contact details."));
		assertThat(resource.getUpdatedAt()).isEqualTo(NOW);
		assertThat(this.events).containsExactly(new ResourceUnpublished(1L, "heritage-panel"),
				new ResourcePublished(1L, "heritage-panel"), new ResourceUnpublished(1L, "heritage-panel"),
				new ResourcePublished(1L, "heritage-panel"));
	}

	@Test
	void schedulingNeedsAFutureTimeAndCanBeCancelled() {
		Resource resource = stored(complete());

		assertThatThrownBy(() -> this.publishing.schedule(1L, NOW)).isInstanceOfSatisfying(
				PublishingRefusedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("publishing.refused.past"));
		this.publishing.schedule(1L, NOW.plusSeconds(60));
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.SCHEDULED);
		assertThat(resource.getPublishAt()).isEqualTo(NOW.plusSeconds(60));

		this.publishing.schedule(1L, NOW.plusSeconds(120));
		assertThat(resource.getPublishAt()).isEqualTo(NOW.plusSeconds(120));

		this.publishing.cancelSchedule(1L);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(resource.getPublishAt()).isNull();
		assertThat(this.events).as("nothing public changed").isEmpty();
	}

	@Test
	void archivingTakesAPublishedResourceOutOfViewUntilItIsReturnedToDraft() {
		Resource resource = stored(complete());
		resource.publish(NOW.minusSeconds(60));

		this.publishing.archive(1L);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.ARCHIVED);
		assertThat(this.events).containsExactly(new ResourceArchived(1L, "heritage-panel"));

		this.publishing.returnToDraft(1L);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.DRAFT);
	}

	@Test
	void transitionsTheWorkflowDoesNotHaveAreRefused() {
		Resource resource = stored(complete());

		assertRefused(() -> this.publishing.archive(1L), Action.ARCHIVE);
		assertRefused(() -> this.publishing.unpublish(1L), Action.UNPUBLISH);
		assertRefused(() -> this.publishing.cancelSchedule(1L), Action.CANCEL_SCHEDULE);
		assertRefused(() -> this.publishing.returnToDraft(1L), Action.RETURN_TO_DRAFT);
		resource.publish(NOW);
		resource.archive();
		assertRefused(() -> this.publishing.publish(1L, null), Action.PUBLISH);
		assertRefused(() -> this.publishing.schedule(1L, NOW.plusSeconds(60)), Action.SCHEDULE);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.ARCHIVED);
	}

	@Test
	void anUnknownResourceIsNotFound() {
		given(this.repository.findById(9L)).willReturn(Optional.empty());

		assertThatThrownBy(() -> this.publishing.publish(9L, null)).isInstanceOf(ResourceNotFoundException.class);
		assertThat(this.publishing.overview(9L)).isEmpty();
	}

	@Test
	void aDueScheduledResourceIsPublishedDatedItsScheduledTime() {
		Resource resource = stored(complete());
		resource.schedule(NOW.minusSeconds(600));

		Publishing.Attempt attempt = this.publishing.publishIfDue(1L, NOW);

		assertThat(attempt.published()).isTrue();
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(resource.getPublishedAt()).isEqualTo(NOW.minusSeconds(600));
		assertThat(resource.getPublishAt()).isNull();
		assertThat(this.events).containsExactly(new ResourcePublished(1L, "heritage-panel"));
	}

	@Test
	void aScheduledResourceThatIsNotDueOrNotCompleteStaysScheduled() {
		Resource resource = stored(complete());
		resource.schedule(NOW.plusSeconds(1));
		assertThat(this.publishing.publishIfDue(1L, NOW)).isEqualTo(Publishing.Attempt.NOT_DUE);

		resource.schedule(NOW);
		resource.getContacts().clear();
		Publishing.Attempt attempt = this.publishing.publishIfDue(1L, NOW);

		assertThat(attempt.published()).isFalse();
		assertThat(attempt.missing()).containsExactly(Requirement.CONTACT);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.SCHEDULED);
		assertThat(this.events).isEmpty();
	}

	@Test
	void theOverviewOffersOnlyWhatTheStatusAllows() {
		List<Requirement> none = List.of();
		assertThat(Publishing.actions(ResourceStatus.DRAFT, none)).containsExactly(Action.PUBLISH, Action.SCHEDULE);
		assertThat(Publishing.actions(ResourceStatus.DRAFT, List.of(Requirement.AIM))).isEmpty();
		assertThat(Publishing.actions(ResourceStatus.SCHEDULED, none)).containsExactly(Action.PUBLISH, Action.SCHEDULE,
				Action.CANCEL_SCHEDULE);
		assertThat(Publishing.actions(ResourceStatus.SCHEDULED, List.of(Requirement.AIM)))
			.containsExactly(Action.CANCEL_SCHEDULE);
		assertThat(Publishing.actions(ResourceStatus.PUBLISHED, none)).containsExactly(Action.UNPUBLISH,
				Action.ARCHIVE);
		assertThat(Publishing.actions(ResourceStatus.ARCHIVED, none)).containsExactly(Action.RETURN_TO_DRAFT);
	}

	@Test
	void theOverviewShowsAnOverdueIncompleteSchedule() {
		Resource resource = stored(complete());
		resource.schedule(NOW.minusSeconds(60));
		resource.getAims().clear();

		Overview overview = this.publishing.overview(1L).orElseThrow();

		assertThat(overview.overdue()).isTrue();
		assertThat(overview.missing()).containsExactly(Requirement.AIM);
		assertThat(overview.can("CANCEL_SCHEDULE")).isTrue();
		assertThat(overview.can("PUBLISH")).isFalse();
	}

	private void assertRefused(Runnable action, Action expected) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(PublishingRefusedException.class, (ex) -> {
			assertThat(ex.getAction()).isEqualTo(expected);
			assertThat(ex.messageKey()).isEqualTo("publishing.refused." + expected);
		});
	}

	private Resource stored(Resource resource) {
		ReflectionTestUtils.setField(resource, "id", 1L);
		given(this.repository.findById(1L)).willReturn(Optional.of(resource));
		return resource;
	}

	private Resource complete() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "heritage-panel", "A heritage panel",
				this.category);
		resource.setSummary("Reviews care plans.");
		resource.setDescription("It works.");
		resource.getAims().add("Build trust");
		resource.getImplementationSteps().add("Recruit panel members");
		resource.getContacts().add(new ContactCard("leeds-yjs", "Leeds YJS"));
		resource.setEvidence(new EvidenceClassification("promising", "Promising", null, 1));
		return resource;
	}

}
