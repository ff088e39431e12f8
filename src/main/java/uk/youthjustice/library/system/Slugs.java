package uk.youthjustice.library.system;

import java.util.function.Predicate;

import com.github.slugify.Slugify;

/**
 * Web addresses made from titles and names: lower case, ASCII, words joined by hyphens
 * ("Looked-after children & SEND" becomes "looked-after-children-send").
 */
public final class Slugs {

	/** Longest slug made from a title; leaves room for a "-2" suffix within 200. */
	public static final int MAXIMUM_LENGTH = 120;

	private static final Slugify SLUGIFY = Slugify.builder()
		.lowerCase(true)
		.customReplacement("'", "")
		.customReplacement("\u2019", "")
		.build();

	private Slugs() {
	}

	/** The slug for a text, or "item" when the text has nothing to make one from. */
	public static String of(String text) {
		String slug = SLUGIFY.slugify((text != null) ? text : "");
		if (slug.length() > MAXIMUM_LENGTH) {
			slug = slug.substring(0, MAXIMUM_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "item" : slug;
	}

	/**
	 * The slug for a text that is not yet taken: the plain slug, else the first free one
	 * of "-2", "-3" and so on.
	 */
	public static String unique(String text, Predicate<String> taken) {
		String base = of(text);
		String candidate = base;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

}
