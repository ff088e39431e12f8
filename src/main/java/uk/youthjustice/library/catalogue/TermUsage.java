package uk.youthjustice.library.catalogue;

import java.util.List;

/**
 * Which resources use a category, topic or evidence label: what stops it being deleted.
 *
 * @param total how many resources use it, whatever their status
 * @param first the first of them by title, at most {@link TaxonomyAdmin#USES_LISTED}
 */
record TermUsage(long total, List<Use> first) {

	public boolean inUse() {
		return this.total > 0;
	}

	/** How many more use it than {@link #first} lists. */
	public long more() {
		return this.total - this.first.size();
	}

	/**
	 * One resource that uses the term.
	 *
	 * @param id its id, for its admin page
	 * @param title its title
	 * @param status where it is in the workflow
	 */
	record Use(Long id, String title, ResourceStatus status) {
	}

}
