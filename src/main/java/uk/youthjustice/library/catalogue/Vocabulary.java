package uk.youthjustice.library.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three lists editors keep: categories, topics and evidence labels. Their admin pages
 * are alike, so one controller serves all three; this says where they differ.
 */
enum Vocabulary {

	CATEGORIES("categories", true, "/categories/"),

	TOPICS("topics", false, "/topics/"),

	EVIDENCE("evidence", true, null);

	private final String path;

	private final boolean ordered;

	private final String publicPagePrefix;

	Vocabulary(String path, boolean ordered, String publicPagePrefix) {
		this.path = path;
		this.ordered = ordered;
		this.publicPagePrefix = publicPagePrefix;
	}

	/** The vocabulary whose admin pages live under /admin/{path}. */
	static Optional<Vocabulary> fromPath(String path) {
		return Arrays.stream(values()).filter((vocabulary) -> vocabulary.path.equals(path)).findFirst();
	}

	/** Its part of the admin addresses, such as "categories". */
	public String getPath() {
		return this.path;
	}

	/** Where its admin pages start, such as "/admin/categories". */
	public String getAdminPath() {
		return "/admin/" + this.path;
	}

	/** Whether editors order its terms by a position, rather than by name. */
	public boolean isOrdered() {
		return this.ordered;
	}

	/**
	 * The public page of a term with the given slug; {@code null} for evidence labels,
	 * which have none (their slugs appear in the filters of listing addresses).
	 */
	public String publicPage(String slug) {
		return (this.publicPagePrefix != null) ? this.publicPagePrefix + slug : null;
	}

	/** The message key for this vocabulary's version of a text, such as "heading". */
	public String messageKey(String suffix) {
		return "taxonomy-admin." + this.path + "." + suffix;
	}

}
