package uk.youthjustice.library.history;

import java.util.Arrays;
import java.util.Optional;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;

/**
 * The kinds of item whose changes are recorded, each with its place in the admin area.
 */
public enum ItemType {

	RESOURCE("resources", Resource.class, "admin-resources"),

	CONTACT_CARD("contacts", ContactCard.class, "admin-contacts"),

	CATEGORY("categories", Category.class, "admin-taxonomy"),

	TOPIC("topics", Topic.class, "admin-taxonomy"),

	EVIDENCE_CLASSIFICATION("evidence", EvidenceClassification.class, "admin-taxonomy");

	/** The path segments the history pages answer to, for the controller's mapping. */
	static final String PATHS = "resources|contacts|categories|topics|evidence";

	private final String path;

	private final Class<?> entity;

	private final String navigation;

	ItemType(String path, Class<?> entity, String navigation) {
		this.path = path;
		this.entity = entity;
		this.navigation = navigation;
	}

	static Optional<ItemType> fromPath(String path) {
		return Arrays.stream(values()).filter((type) -> type.path.equals(path)).findFirst();
	}

	/**
	 * The admin area's segment: /admin/{path}/{id} is the item, and the list of them is
	 * /admin/{path}.
	 */
	public String path() {
		return this.path;
	}

	Class<?> entity() {
		return this.entity;
	}

	/** Which admin menu entry is current on this type's pages. */
	public String navigation() {
		return this.navigation;
	}

	/**
	 * Resources are restored as a new draft; the others have no drafts, so an earlier
	 * version is written back onto the item itself.
	 */
	public boolean restoresAsDraft() {
		return this == RESOURCE;
	}

}
