package uk.youthjustice.library.legacy;

import java.util.List;

/**
 * What the parser found in one page of the old hub.
 *
 * @param items the items in page order, placed or not
 * @param droppedLines how many noise lines were dropped (pagination, CMS error residue)
 * @param warnings what concerns the page rather than one item
 */
record ParsedPage(List<ParsedItem> items, int droppedLines, List<String> warnings) {

	List<ParsedItem> placed() {
		return this.items.stream().filter(ParsedItem::placed).toList();
	}

}
