package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.ChangeNote;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.publishing.Overview.Change;
import uk.youthjustice.library.publishing.Overview.Related;

/**
 * The publishing workflow: draft, scheduled, published and archived, and the rules for
 * moving between them ({@link Action}). Publishing and scheduling need a complete
 * resource ({@link Requirement}). Each change that alters what the public sees announces
 * itself with an event ({@link ResourcePublished}, {@link ResourceUnpublished},
 * {@link ResourceArchived}) for search and caches.
 */
@Service
@Transactional(readOnly = true)
public class Publishing {

	private final PublishingRepository resources;

	private final Attachments attachments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publishing(PublishingRepository resources, Attachments attachments, ApplicationEventPublisher events, Clock clock) {
		this.resources = resources;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
	}

	/** What the resource still lacks before it can be published; empty when complete. */
	public List<Requirement> missing(Long id) {
		return missing(resource(id));
	}

	/**
	 * Publishes the resource now. A first publication is dated now; a republication after
	 * unpublishing keeps the first publication date, and records a public change note
	 * only when one is given.
	 * @param changeNote what changed, for a republication; blank for none
	 * @throws PublishingRefusedException if it is not a draft or scheduled, or is
	 * incomplete
	 */
	@Transactional
	public void publish(Long id, String changeNote) {
		Resource resource = resourceFor(Action.PUBLISH, id);
		Instant now = this.clock.instant();
		boolean republication = resource.getPublishedAt() != null;
		resource.publish(republication ? resource.getPublishedAt() : now);
		if (republication && changeNote != null && !changeNote.isBlank()) {
			resource.noteChange(now, changeNote.strip());
		}
		announce(new ResourcePublished(resource.getId(), resource.getSlug()));
	}

	/**
	 * Schedules the resource to be published at the given time, which must be in the
	 * future; a scheduled one moves to the new time.
	 * @throws PublishingRefusedException if it is not a draft or scheduled, is
	 * incomplete, or the time has passed
	 */
	@Transactional
	public void schedule(Long id, Instant at) {
		Resource resource = resourceFor(Action.SCHEDULE, id);
		if (!at.isAfter(this.clock.instant())) {
			throw new PublishingRefusedException(Action.SCHEDULE, "publishing.refused.past");
		}
		resource.schedule(at);
	}

	/** Takes a scheduled resource back to draft. */
	@Transactional
	public void cancelSchedule(Long id) {
		resourceFor(Action.CANCEL_SCHEDULE, id).returnToDraft();
	}

	/**
	 * Takes a published or scheduled resource back to draft. A published one keeps its
	 * first publication date.
	 */
	@Transactional
	public void unpublish(Long id) {
		Resource resource = resourceFor(Action.UNPUBLISH, id);
		boolean wasPublic = resource.getStatus() == ResourceStatus.PUBLISHED;
		resource.returnToDraft();
		if (wasPublic) {
			announce(new ResourceUnpublished(resource.getId(), resource.getSlug()));
		}
	}

	/**
	 * Archives a published resource: the public no longer sees it; editors do. Resources
	 * that replace it still say so.
	 */
	@Transactional
	public void archive(Long id) {
		Resource resource = resourceFor(Action.ARCHIVE, id);
		resource.archive();
		announce(new ResourceArchived(resource.getId(), resource.getSlug()));
	}

	/** Takes an archived resource back to draft, to be published again. */
	@Transactional
	public void returnToDraft(Long id) {
		resourceFor(Action.RETURN_TO_DRAFT, id).returnToDraft();
	}

	/** The overview of a resource, if it exists. */
	Optional<Overview> overview(Long id) {
		return this.resources.findById(id).map(this::overview);
	}

	/** The ids of scheduled resources due at the given time. */
	List<Long> scheduledUpTo(Instant now) {
		return this.resources.scheduledUpTo(now);
	}

	/**
	 * Publishes a scheduled resource whose time has come, dated its scheduled time (or
	 * its first publication, for a republication). A resource that is no longer complete
	 * stays scheduled: its editor sees it overdue, with what is missing.
	 */
	@Transactional
	Attempt publishIfDue(Long id, Instant now) {
		Resource resource = this.resources.findById(id).orElse(null);
		if (resource == null || resource.getStatus() != ResourceStatus.SCHEDULED
				|| resource.getPublishAt().isAfter(now)) {
			return Attempt.NOT_DUE;
		}
		List<Requirement> missing = missing(resource);
		if (!missing.isEmpty()) {
			return new Attempt(false, missing);
		}
		Instant first = resource.getPublishedAt();
		resource.publish((first != null) ? first : resource.getPublishAt());
		announce(new ResourcePublished(resource.getId(), resource.getSlug()));
		return Attempt.PUBLISHED;
	}

	/**
	 * Announces a change once it is written: when another node changed the resource
	 * first, the write fails before listeners hear of a change that will not happen.
	 * Listeners that must not act before the commit use
	 * {@code @TransactionalEventListener}.
	 */
	private void announce(Object event) {
		this.resources.flush();
		this.events.publishEvent(event);
	}

	private Resource resourceFor(Action action, Long id) {
		Resource resource = resource(id);
		if (!action.isAllowedFrom(resource.getStatus())) {
			throw new PublishingRefusedException(action, resource.getStatus());
		}
		if (action.needsCompleteResource()) {
			List<Requirement> missing = missing(resource);
			if (!missing.isEmpty()) {
				throw new PublishingRefusedException(action, missing);
			}
		}
		return resource;
	}

	private Resource resource(Long id) {
		return this.resources.findById(id).orElseThrow(() -> new ResourceNotFoundException(id));
	}

	private List<Requirement> missing(Resource resource) {
		return Completeness.missing(resource, !this.attachments.forResource(resource.getId()).isEmpty());
	}

	private Overview overview(Resource resource) {
		List<Requirement> missing = missing(resource);
		Instant now = this.clock.instant();
		List<Change> changes = resource.getChangeNotes()
			.stream()
			.sorted(Comparator.comparing(ChangeNote::getChangedAt).reversed())
			.map((note) -> new Change(note.getChangedAt(), note.getNote()))
			.toList();
		Resource earlier = resource.getReplaces();
		Related replaces = (earlier != null) ? new Related(earlier.getId(), earlier.getTitle(), earlier.getStatus())
				: null;
		return new Overview(resource.getId(), resource.getTitle(), resource.getKind(), resource.getStatus(),
				resource.getSlug(), resource.getCategory().getName(), resource.getCreatedAt(), resource.getCreatedBy(),
				resource.getModifiedAt(), resource.getModifiedBy(), resource.getPublishedAt(), resource.getPublishAt(),
				resource.getUpdatedAt(), resource.getReviewDueOn(), changes, replaces,
				this.resources.replacementsOf(resource.getId()), missing, actions(resource.getStatus(), missing),
				resource.getStatus() == ResourceStatus.SCHEDULED && !resource.getPublishAt().isAfter(now));
	}

	/**
	 * What the overview offers: what the status allows, but publishing only when
	 * complete, and for a scheduled resource "cancel schedule" rather than the same move
	 * called "unpublish".
	 */
	static Set<Action> actions(ResourceStatus status, List<Requirement> missing) {
		Set<Action> actions = EnumSet.noneOf(Action.class);
		for (Action action : Action.values()) {
			if (action.isAllowedFrom(status) && (missing.isEmpty() || !action.needsCompleteResource())) {
				actions.add(action);
			}
		}
		if (status == ResourceStatus.SCHEDULED) {
			actions.remove(Action.UNPUBLISH);
		}
		return actions;
	}

	/**
	 * What came of trying to publish a scheduled resource.
	 *
	 * @param published whether it was published
	 * @param missing what it lacks, when it was due but incomplete; otherwise empty
	 */
	record Attempt(boolean published, List<Requirement> missing) {

		static final Attempt PUBLISHED = new Attempt(true, List.of());

		/** Someone published, rescheduled or unpublished it meanwhile. */
		static final Attempt NOT_DUE = new Attempt(false, List.of());

	}

}
