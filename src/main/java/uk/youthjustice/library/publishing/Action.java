package uk.youthjustice.library.publishing;

import java.util.EnumSet;
import java.util.Set;

import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * What an editor may do to a resource, and from which statuses. The one place the
 * workflow's transitions are written down: the service refuses the rest, and the overview
 * offers only these.
 */
public enum Action {

	/** Draft or scheduled to published, at once. */
	PUBLISH(ResourceStatus.DRAFT, ResourceStatus.SCHEDULED),

	/** Draft to scheduled, or a scheduled one to another time. */
	SCHEDULE(ResourceStatus.DRAFT, ResourceStatus.SCHEDULED),

	/** Scheduled back to draft. */
	CANCEL_SCHEDULE(ResourceStatus.SCHEDULED),

	/** Published (or scheduled) back to draft: out of public view. */
	UNPUBLISH(ResourceStatus.PUBLISHED, ResourceStatus.SCHEDULED),

	/** Published to archived: out of public view, kept for the record. */
	ARCHIVE(ResourceStatus.PUBLISHED),

	/** Archived back to draft, to be published again. */
	RETURN_TO_DRAFT(ResourceStatus.ARCHIVED);

	private final Set<ResourceStatus> from;

	Action(ResourceStatus first, ResourceStatus... rest) {
		this.from = EnumSet.of(first, rest);
	}

	/** Whether a resource with this status may be taken through this action. */
	public boolean isAllowedFrom(ResourceStatus status) {
		return this.from.contains(status);
	}

	/** Whether the action needs a complete resource. */
	boolean needsCompleteResource() {
		return this == PUBLISH || this == SCHEDULE;
	}

}
