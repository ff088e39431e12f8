package uk.youthjustice.library.dashboard;

import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * How many resources are in one status.
 *
 * @param status the status
 * @param total how many resources have it
 */
record StatusCount(ResourceStatus status, long total) {

	/** The value of the resource list's {@code status} parameter for this status. */
	public String parameter() {
		return ResourceListQuery.statusParameter(this.status);
	}

}
