package uk.youthjustice.library.catalogue;

import java.util.List;

/**
 * The newest public resources of one category or topic.
 *
 * @param slug the category's or topic's address
 * @param name its name
 * @param entries its newest public resources, newest first; empty when it has none
 */
public record PublishedList(String slug, String name, List<PublishedEntry> entries) {
}
