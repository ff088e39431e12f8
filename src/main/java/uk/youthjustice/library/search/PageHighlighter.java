package uk.youthjustice.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

import uk.youthjustice.library.attachments.AttachmentTexts;
import uk.youthjustice.library.attachments.AttachmentTexts.FilePage;
import uk.youthjustice.library.attachments.AttachmentTexts.PageOfFile;
import uk.youthjustice.library.search.index.AttachmentTextBinder;

/**
 * For each resource whose attached files hold the words, the page holding most of them,
 * with its text and the words marked. Where the words are comes from the offsets in the
 * index's postings (see {@code PageTextField}); the page's text, with its file's title
 * and address, from the database in one query, as the index does not keep the pages'
 * text: a hit's stored fields stay a few hundred bytes, where they would otherwise be
 * every page of its files, read whole whenever a hit is shown. Between a file being read
 * again and its resource being re-indexed the offsets may not fit the new text: marks
 * then fall on other words, and none outside the page.
 */
final class PageHighlighter {

	/** HTML-escapes a page and marks the words in it. */
	private static final DefaultPassageFormatter MARKS = new DefaultPassageFormatter(LibrarySearch.MARK,
			LibrarySearch.END_MARK, "", true);

	private final IndexSearcher searcher;

	private final AttachmentTexts texts;

	PageHighlighter(IndexSearcher searcher, AttachmentTexts texts) {
		this.searcher = searcher;
		this.texts = texts;
	}

	/**
	 * The best page of one resource's files.
	 *
	 * @param resourceId the resource
	 * @param page the page number (0: a file not read by page)
	 * @param file the page, with its file's title and address
	 * @param passage the page's text, HTML-escaped, with the words marked
	 */
	record BestPage(long resourceId, int page, PageOfFile file, String passage) {
	}

	/** The best page of each document that has one, in the documents' order. */
	List<BestPage> bestPages(Query query, int[] docs) throws IOException {
		Weight weight = this.searcher.createWeight(this.searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<LeafReaderContext> leaves = this.searcher.getIndexReader().leaves();
		StoredFields stored = this.searcher.storedFields();
		List<MatchedPage> matched = new ArrayList<>();
		for (int doc : docs) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
			Matches matches = weight.matches(leaf, doc - leaf.docBase);
			MatchesIterator spans = (matches != null) ? matches.getMatches(AttachmentTextBinder.TEXT) : null;
			if (spans != null) {
				Pages pages = new Pages();
				stored.document(doc, pages);
				MatchedPage best = pages.best(spans);
				if (best != null) {
					matched.add(best);
				}
			}
		}
		Map<FilePage, PageOfFile> pages = this.texts.pages(matched.stream().map(MatchedPage::stored).toList());
		List<BestPage> best = new ArrayList<>();
		for (MatchedPage page : matched) {
			PageOfFile file = pages.get(page.stored());
			if (file != null) {
				best.add(new BestPage(page.resourceId(), page.shown(), file, mark(file.text(), page.spans())));
			}
		}
		return best;
	}

	/**
	 * The text, HTML-escaped, with each span marked; overlapping spans as one, and spans
	 * beyond the text left out.
	 * @param spans start and end offsets, in any order
	 */
	static String mark(String text, List<int[]> spans) {
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(text.length());
		spans.stream()
			.filter((span) -> span[0] >= 0 && span[0] < text.length() && span[1] > span[0])
			.sorted(Comparator.comparingInt((int[] span) -> span[0]))
			.forEach((span) -> passage.addMatch(span[0], Math.min(span[1], text.length()), null, 1));
		return MARKS.format(new Passage[] { passage }, text).strip();
	}

	/**
	 * Of the pages a document's words were found on, the one with the most different
	 * words searched for, then the most matches, then the first.
	 */
	static int bestOf(Map<Integer, Tally> byPage) {
		return byPage.entrySet()
			.stream()
			.max(Comparator.comparingInt((Map.Entry<Integer, Tally> page) -> page.getValue().queries().size())
				.thenComparingInt((page) -> page.getValue().spans().size())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.orElseThrow();
	}

	/**
	 * What matched on one page.
	 *
	 * @param queries the words and phrases found there
	 * @param spans their start and end offsets from the page's start
	 */
	record Tally(Set<Query> queries, List<int[]> spans) {

		Tally() {
			this(new HashSet<>(), new ArrayList<>());
		}

	}

	/**
	 * @param resourceId the resource
	 * @param shown the page number as shown (0: a file not read by page)
	 * @param stored the page as the database keeps it
	 * @param spans where the words are on it
	 */
	private record MatchedPage(long resourceId, int shown, FilePage stored, List<int[]> spans) {
	}

	/** A document's resource and its pages' references and offsets, as stored. */
	private static final class Pages extends StoredFieldVisitor {

		private long resourceId;

		private final List<String> refs = new ArrayList<>();

		private final List<Integer> starts = new ArrayList<>();

		@Override
		public Status needsField(FieldInfo field) {
			return switch (field.name) {
				case AttachmentTextBinder.PAGE, AttachmentTextBinder.PAGE_START, AttachmentTextBinder.RESOURCE ->
					Status.YES;
				default -> Status.NO;
			};
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			if (AttachmentTextBinder.PAGE.equals(field.name)) {
				this.refs.add(value);
			}
			else if (AttachmentTextBinder.RESOURCE.equals(field.name)) {
				this.resourceId = Long.parseLong(value);
			}
		}

		@Override
		public void intField(FieldInfo field, int value) {
			this.starts.add(value);
		}

		/** The page holding most of the matches, or {@code null} if none fits a page. */
		MatchedPage best(MatchesIterator spans) throws IOException {
			int[] starts = this.starts.stream().mapToInt(Integer::intValue).toArray();
			if (starts.length == 0 || starts.length != this.refs.size()) {
				return null;
			}
			Map<Integer, Tally> byPage = new TreeMap<>();
			while (spans.next()) {
				int start = spans.startOffset();
				if (start >= 0) {
					int found = Arrays.binarySearch(starts, start);
					int page = (found >= 0) ? found : -found - 2;
					Tally tally = byPage.computeIfAbsent(page, (index) -> new Tally());
					tally.queries().add(spans.getQuery());
					tally.spans().add(new int[] { start - starts[page], spans.endOffset() - starts[page] });
				}
			}
			if (byPage.isEmpty()) {
				return null;
			}
			int page = bestOf(byPage);
			String[] ref = this.refs.get(page).split(":");
			int shown = Integer.parseInt(ref[1]);
			// A file not read by page is one page, shown without a number.
			FilePage stored = new FilePage(Long.parseLong(ref[0]), Math.max(1, shown));
			return new MatchedPage(this.resourceId, shown, stored, byPage.get(page).spans());
		}

	}

}
