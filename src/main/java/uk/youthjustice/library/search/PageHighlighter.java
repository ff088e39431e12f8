package uk.youthjustice.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import uk.youthjustice.library.search.index.AttachmentTextBinder;

/**
 * Lucene's unified highlighter over the pages of resources' attached files, each page a
 * passage: for each resource whose files hold the words, the best page and its text with
 * the words marked. Offsets come from the index's postings, so no page is analysed again.
 * Reading a resource's stored fields decompresses the whole document, attached text and
 * all, so the pages' references are read in the same pass as their text, never in a
 * second one.
 */
final class PageHighlighter extends UnifiedHighlighter {

	/**
	 * The best page of one resource's files.
	 *
	 * @param resourceId the resource
	 * @param ref the file's attachment id and the page number (0: not by page)
	 * @param passage the page's text, HTML-escaped, with the words marked
	 */
	record BestPage(long resourceId, String[] ref, String passage) {
	}

	/** What was read of each document, by document number. */
	private final Map<Integer, Pages> loaded = new HashMap<>();

	PageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
		super(UnifiedHighlighter.builder(searcher, analyzer)
			.withMaxLength(Integer.MAX_VALUE - 1)
			// The highlighter splits a field's values apart itself, so each page whole is
			// a
			// passage; a separator-seeking iterator would step through every character
			// again.
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxNoHighlightPassages(0)
			.withFormatter(new PageFormatter()));
	}

	/** The best page of each document that has one, in the documents' order. */
	List<BestPage> bestPages(Query query, int[] docs) throws IOException {
		Object[] marked = highlightFieldsAsObjects(new String[] { AttachmentTextBinder.TEXT }, query, docs,
				new int[] { 1 })
			.get(AttachmentTextBinder.TEXT);
		List<BestPage> best = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			Pages pages = this.loaded.get(docs[i]);
			if (marked[i] instanceof MarkedPage page && pages != null && page.index() < pages.refs().size()) {
				best.add(new BestPage(pages.resourceId(), pages.refs().get(page.index()).split(":"), page.passage()));
			}
		}
		return best;
	}

	/**
	 * The pages' postings hold offsets (see {@code PageTextField}), so only the words
	 * searched for are read. Left to find that out, the highlighter merges every
	 * segment's field list on each search.
	 */
	@Override
	protected OffsetSource getOffsetSource(String field) {
		return OffsetSource.POSTINGS;
	}

	/**
	 * As the highlighter's own, a batch of documents at a time up to its size in
	 * characters, keeping each document's page references aside.
	 */
	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
			throws IOException {
		StoredFields stored = this.searcher.storedFields();
		List<CharSequence[]> values = new ArrayList<>();
		long chars = 0;
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			PagesVisitor visitor = new PagesVisitor();
			stored.document(doc, visitor);
			this.loaded.put(doc, visitor.pages());
			values.add(new CharSequence[] { visitor.text });
			chars += visitor.text.length();
			if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
				break;
			}
		}
		return values;
	}

	/**
	 * @param resourceId the resource the document is
	 * @param refs each page's reference, in the order of the text's values
	 */
	private record Pages(long resourceId, List<String> refs) {
	}

	/** Reads the pages' text, joined as the highlighter joins values, and references. */
	private static final class PagesVisitor extends StoredFieldVisitor {

		private final StringBuilder text = new StringBuilder();

		private int pages;

		private long resourceId;

		private final List<String> refs = new ArrayList<>();

		@Override
		public Status needsField(FieldInfo field) {
			return switch (field.name) {
				case AttachmentTextBinder.TEXT, AttachmentTextBinder.PAGE, AttachmentTextBinder.RESOURCE -> Status.YES;
				default -> Status.NO;
			};
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			switch (field.name) {
				case AttachmentTextBinder.TEXT -> {
					if (this.pages++ > 0) {
						this.text.append(MULTIVAL_SEP_CHAR);
					}
					this.text.append(value);
				}
				case AttachmentTextBinder.PAGE -> this.refs.add(value);
				case AttachmentTextBinder.RESOURCE -> this.resourceId = Long.parseLong(value);
				default -> {
				}
			}
		}

		Pages pages() {
			return new Pages(this.resourceId, List.copyOf(this.refs));
		}

	}

	/** The best page's position among the values, and its text with the words marked. */
	private static final class PageFormatter extends PassageFormatter {

		private final DefaultPassageFormatter marks = new DefaultPassageFormatter(LibrarySearch.MARK,
				LibrarySearch.END_MARK, "", true);

		@Override
		public Object format(Passage[] passages, String content) {
			if (passages.length == 0) {
				return null;
			}
			int start = passages[0].getStartOffset();
			int index = 0;
			for (int at = content.indexOf(MULTIVAL_SEP_CHAR); at >= 0
					&& at < start; at = content.indexOf(MULTIVAL_SEP_CHAR, at + 1)) {
				index++;
			}
			return new MarkedPage(index, this.marks.format(passages, content).strip());
		}

	}

	/**
	 * @param index the page's position among the resource's page values
	 * @param passage the page's text, HTML-escaped, with the words marked
	 */
	private record MarkedPage(int index, String passage) {
	}

}
