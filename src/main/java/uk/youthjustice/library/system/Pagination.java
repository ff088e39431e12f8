package uk.youthjustice.library.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * GOV.UK pagination for a list of pages: previous and next links, the first and last
 * pages, the current page with its neighbours, and ellipses for the gaps.
 *
 * @param page the current page, from 1
 * @param totalPages how many pages there are, at least 1
 * @param previousHref the previous page's link, or {@code null} on the first page
 * @param nextHref the next page's link, or {@code null} on the last page
 * @param items the numbered links and ellipses, in order
 */
public record Pagination(int page, int totalPages, String previousHref, String nextHref, List<Item> items) {

	/** Longer text cannot be a page number and is not parsed. */
	private static final int LONGEST_PAGE_NUMBER = 9;

	/**
	 * Builds the pagination for {@code page} of {@code totalPages}, links made by
	 * {@code href}.
	 */
	public static Pagination of(int page, int totalPages, IntFunction<String> href) {
		List<Item> items = new ArrayList<>();
		int previous = 0;
		for (int number = 1; number <= totalPages; number++) {
			boolean shown = number == 1 || number == totalPages || Math.abs(number - page) <= 1;
			if (!shown) {
				continue;
			}
			if (number - previous > 1) {
				items.add(Item.ELLIPSIS);
			}
			items.add(new Item(number, href.apply(number), number == page));
			previous = number;
		}
		return new Pagination(page, totalPages, (page > 1) ? href.apply(page - 1) : null,
				(page < totalPages) ? href.apply(page + 1) : null, items);
	}

	/**
	 * The page a {@code page} parameter asks for: its whole number, at least 1; anything
	 * else (missing, negative, not a number, absurdly long) asks for page 1. Clamping to
	 * the last page is the caller's, once it knows how many there are.
	 */
	public static int pageAsked(String parameter) {
		if (parameter == null || parameter.isBlank() || parameter.strip().length() > LONGEST_PAGE_NUMBER) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(parameter.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	public boolean isNeeded() {
		return this.totalPages > 1;
	}

	/**
	 * One numbered link, or an ellipsis.
	 *
	 * @param number the page number, or {@code null} for an ellipsis
	 * @param href the page's link, or {@code null} for an ellipsis
	 * @param current whether it is the page being shown
	 */
	public record Item(Integer number, String href, boolean current) {

		static final Item ELLIPSIS = new Item(null, null, false);

		public boolean isEllipsis() {
			return this.number == null;
		}

	}

}
