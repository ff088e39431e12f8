package uk.youthjustice.library.history;

/**
 * The item whose history is shown.
 *
 * @param type what kind of item it is
 * @param id its id
 * @param name what it is called now, or in its last version if it has been deleted
 * @param exists whether it still exists
 */
public record Item(ItemType type, long id, String name, boolean exists) {

	/** The item's admin page. */
	public String path() {
		return "/admin/" + this.type.path() + "/" + this.id;
	}

	/** Its history page. */
	public String historyPath() {
		return path() + "/history";
	}

}
