package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.AttachmentTexts;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.search.SearchHit.FoundIn;
import uk.youthjustice.library.search.index.AttachmentTextBinder;

/**
 * Makes hits of a page of search rows, saying for each hit whose words were found in an
 * attached file which file and page, with the words around them: on Lucene the page with
 * the most of the words that {@link PageHighlighter} finds, on OpenSearch the page
 * holding the best passage that {@link HighlightedPages} finds.
 */
@Component
class FoundInFiles {

	/** How much of a passage to show before and after its first match, in characters. */
	private static final int BEFORE = 90;

	private static final int AFTER = 160;

	private final EntityManagerFactory entityManagerFactory;

	private final Attachments attachments;

	private final AttachmentTexts texts;

	private final Words words;

	private final SearchBackendProperties backend;

	private final HighlightedPages highlighted;

	FoundInFiles(EntityManagerFactory entityManagerFactory, Attachments attachments, AttachmentTexts texts, Words words,
			SearchBackendProperties backend, HighlightedPages highlighted) {
		this.entityManagerFactory = entityManagerFactory;
		this.attachments = attachments;
		this.texts = texts;
		this.words = words;
		this.backend = backend;
		this.highlighted = highlighted;
	}

	/**
	 * Where OpenSearch found a resource's words in its files.
	 *
	 * @param ref the file's attachment id and the page number (0: not by page)
	 * @param passage the words around them, marked and HTML-escaped
	 */
	record Located(String[] ref, String passage) {
	}

	/**
	 * @param rows the search's rows
	 * @param offset how many hits came before this page
	 * @param people the words searched for
	 */
	List<SearchHit> hits(List<ResultRow> rows, int offset, PeopleQuery people) {
		Map<Long, FoundIn> foundIn = where(rows.stream().map(ResultRow::id).toList(), people);
		List<SearchHit> hits = new ArrayList<>(rows.size());
		for (ResultRow row : rows) {
			hits.add(new SearchHit(row.slug(), row.kind(), row.publishedAt(), offset + hits.size() + 1, row.titleHtml(),
					row.summaryHtml(), foundIn.get(row.id())));
		}
		return hits;
	}

	private Map<Long, FoundIn> where(List<Long> ids, PeopleQuery people) {
		if (!this.backend.isLucene()) {
			return found(this.highlighted.pages(ids, people));
		}
		Query words = this.words.luceneQuery(AttachmentTextBinder.TEXT, people);
		if (ids.isEmpty() || words == null) {
			return Map.of();
		}
		try (IndexReader reader = ResourceIndexReader.open(this.entityManagerFactory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query inFiles = new BooleanQuery.Builder()
				.add(new TermInSetQuery(AttachmentTextBinder.RESOURCE,
						ids.stream().map((id) -> new BytesRef(id.toString())).toList()), Occur.FILTER)
				.add(words, Occur.MUST)
				.build();
			ScoreDoc[] matched = searcher.search(inFiles, ids.size()).scoreDocs;
			int[] docs = new int[matched.length];
			for (int i = 0; i < matched.length; i++) {
				docs[i] = matched[i].doc;
			}
			Map<Long, FoundIn> found = new HashMap<>();
			for (PageHighlighter.BestPage best : new PageHighlighter(searcher, this.texts).bestPages(words, docs)) {
				found.put(best.resourceId(),
						foundIn(best.file().fileTitle(), best.file().downloadPath(), best.page(), best.passage()));
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files of the passages OpenSearch located, with one query for the whole page of
	 * hits.
	 */
	private Map<Long, FoundIn> found(Map<Long, Located> located) {
		Map<Long, Attachment> files = this.attachments
			.findAll(located.values().stream().map((where) -> Long.valueOf(where.ref()[0])).toList());
		Map<Long, FoundIn> found = new HashMap<>();
		located.forEach((resourceId, where) -> {
			Attachment file = files.get(Long.valueOf(where.ref()[0]));
			if (file != null) {
				found.put(resourceId, foundIn(file.getTitle(), file.getDownloadPath(), Integer.parseInt(where.ref()[1]),
						where.passage()));
			}
		});
		return found;
	}

	private static FoundIn foundIn(String fileTitle, String downloadPath, int page, String passage) {
		String snippet = around(passage);
		return (page > 0) ? new FoundIn(fileTitle, page, snippet, downloadPath + "#page=" + page)
				: new FoundIn(fileTitle, null, snippet, downloadPath);
	}

	/**
	 * The words around the first match. The highlighter's passage is a sentence, and a
	 * page read from a PDF may be one long sentence. Cuts fall on spaces, so never inside
	 * an escaped character, and a mark cut open is closed.
	 */
	static String around(String passage) {
		int first = passage.indexOf(LibrarySearch.MARK);
		if (first < 0 || passage.length() <= BEFORE + AFTER) {
			return passage;
		}
		int start = (first > BEFORE) ? passage.indexOf(' ', first - BEFORE) + 1 : 0;
		start = (start <= 0 || start > first) ? Math.max(0, first - BEFORE) : start;
		int end = passage.lastIndexOf(' ', Math.min(passage.length(), first + AFTER));
		end = (end <= first) ? Math.min(passage.length(), first + AFTER) : end;
		String cut = passage.substring(start, end);
		int lastOpen = cut.lastIndexOf(LibrarySearch.MARK);
		if (lastOpen > cut.lastIndexOf(LibrarySearch.END_MARK)) {
			cut = cut + LibrarySearch.END_MARK;
		}
		return ((start > 0) ? "…" : "") + cut.strip() + ((end < passage.length()) ? "…" : "");
	}

}
