package uk.youthjustice.library.opendata;

import java.util.List;

/**
 * One page of public resources.
 *
 * @param items this page’s resources; empty after the last page
 * @param page where this page is among them
 * @param links this page and its neighbours
 */
record ResourceList(List<ResourceItem> items, PageInfo page, PageLinks links) {

	/**
	 * Where a page is.
	 *
	 * @param number its number, from 1
	 * @param size how many resources a page holds
	 * @param totalItems how many resources match on all pages
	 * @param totalPages how many pages there are (at least 1)
	 */
	record PageInfo(int number, int size, long totalItems, int totalPages) {
	}

	/**
	 * This page and its neighbours, with the same filters; {@code prev} and {@code next}
	 * are {@code null} at either end.
	 *
	 * @param self this page
	 * @param first the first page
	 * @param prev the page before, or {@code null}
	 * @param next the page after, or {@code null}
	 * @param last the last page
	 */
	record PageLinks(String self, String first, String prev, String next, String last) {
	}

}
