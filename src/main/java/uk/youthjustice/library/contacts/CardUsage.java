package uk.youthjustice.library.contacts;

import java.util.List;

/**
 * Which resources, of any status, name a contact card as a contact or as their source
 * organisation: what stops the card being deleted.
 *
 * @param total how many resources use it
 * @param first the first of them by title
 */
public record CardUsage(long total, List<UsingResource> first) {

	public CardUsage {
		first = List.copyOf(first);
	}

	public boolean inUse() {
		return this.total > 0;
	}

	/** How many more use it than {@link #first} lists. */
	public long more() {
		return this.total - this.first.size();
	}

	/**
	 * A resource that uses the card.
	 *
	 * @param id its id, for its admin page /admin/resources/{id}
	 * @param title its title
	 * @param status its workflow status by name: DRAFT, SCHEDULED, PUBLISHED or ARCHIVED
	 */
	public record UsingResource(Long id, String title, String status) {
	}

}
