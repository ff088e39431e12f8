package uk.youthjustice.library.catalogue;

/**
 * A category as the home page lists it.
 *
 * @param slug the category's address
 * @param name the category's name
 * @param description one sentence about the category
 * @param resourceCount how many public resources it holds
 */
public record CategorySummary(String slug, String name, String description, long resourceCount) {
}
