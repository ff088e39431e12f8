package uk.youthjustice.library.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * Everything a resource's admin overview shows: where it is in the workflow, who changed
 * it and when, its public change notes, its editions, what it lacks before it can be
 * published, and what an editor may do next.
 *
 * @param id its id
 * @param title its title
 * @param kind practice example or guidance document
 * @param status where it is in the workflow
 * @param slug its public address
 * @param category the name of its category
 * @param createdAt when it was created
 * @param createdBy who created it, or {@code null} for imported and demo content
 * @param modifiedAt when anything about it last changed
 * @param modifiedBy who changed it last, or {@code null}
 * @param publishedAt when it was first published, or {@code null}
 * @param publishAt when it is scheduled to be published, or {@code null}
 * @param updatedAt when the public last saw a change with a note, or {@code null}
 * @param reviewDueOn when its content should be checked again, or {@code null}
 * @param changes its public change notes, newest first
 * @param replaces the earlier resource it replaces, or {@code null}
 * @param replacedBy the resources that replace it
 * @param missing what it must have before it can be published, in form order
 * @param actions what an editor may do to it now
 * @param overdue whether it is scheduled for a time that has passed: it was not complete
 * at its time
 */
record Overview(Long id, String title, ResourceKind kind, ResourceStatus status, String slug, String category,
		Instant createdAt, String createdBy, Instant modifiedAt, String modifiedBy, Instant publishedAt,
		Instant publishAt, Instant updatedAt, LocalDate reviewDueOn, List<Change> changes, Related replaces,
		List<Related> replacedBy, List<Requirement> missing, Set<Action> actions, boolean overdue) {

	/** Whether the editor may take the named {@link Action} now. */
	public boolean can(String action) {
		return this.actions.contains(Action.valueOf(action));
	}

	/** Whether the list of what is missing matters: the resource is not public yet. */
	public boolean isAwaitingPublication() {
		return this.status == ResourceStatus.DRAFT || this.status == ResourceStatus.SCHEDULED;
	}

	/** Whether publishing it would be a republication, which may carry a change note. */
	public boolean isRepublication() {
		return this.publishedAt != null && this.status != ResourceStatus.PUBLISHED;
	}

	/**
	 * Whether the resource it replaces is still published, so both are public at once;
	 * the editor decides whether to archive the earlier one.
	 */
	public boolean isReplacedStillPublished() {
		return this.replaces != null && this.replaces.status() == ResourceStatus.PUBLISHED
				&& this.status == ResourceStatus.PUBLISHED;
	}

	/**
	 * A public change note.
	 *
	 * @param at when the change was made
	 * @param note what changed
	 */
	record Change(Instant at, String note) {
	}

	/**
	 * Another edition of the resource, as a link to its overview.
	 *
	 * @param id its id
	 * @param title its title
	 * @param status where it is in the workflow
	 */
	record Related(Long id, String title, ResourceStatus status) {
	}

}
