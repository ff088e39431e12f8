package uk.youthjustice.library.catalogue;

/**
 * A category, topic or evidence label as its admin list shows it.
 *
 * @param id its id, for the edit and delete links
 * @param name its name
 * @param slug its public address
 * @param position where it comes in its list; 0 for topics, which are in name order
 * @param resourceCount how many resources use it, whatever their status
 */
record TermRow(Long id, String name, String slug, int position, long resourceCount) {
}
