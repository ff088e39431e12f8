package uk.youthjustice.library.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceSummary;
import uk.youthjustice.library.search.SearchHit.FoundIn;
import uk.youthjustice.library.search.index.AttachmentTextBinder;

/**
 * Makes hits of a page of search rows, saying for each hit whose words were found in an
 * attached file which file and page. The highlighter returns the best passage of all the
 * pages' text; the page is the one whose text holds that passage.
 */
@Component
class FoundInFiles {

	private static final String MARK = "</?mark>";

	/** How much of a passage to show before and after its first match, in characters. */
	private static final int BEFORE = 90;

	private static final int AFTER = 160;

	/** Enough of a passage to find it in a page, and short enough to be quick. */
	private static final int PROBE = 60;

	private final EntityManager entityManager;

	private final Attachments attachments;

	FoundInFiles(EntityManager entityManager, Attachments attachments) {
		this.entityManager = entityManager;
		this.attachments = attachments;
	}

	/**
	 * @param rows the search's rows: the resource, the highlighted title and summary, and
	 * the best passages of its files' text
	 * @param offset how many hits came before this page
	 */
	List<SearchHit> hits(List<List<?>> rows, int offset) {
		Map<Long, String> passages = new HashMap<>();
		for (List<?> row : rows) {
			List<?> found = (List<?>) row.get(3);
			if (!found.isEmpty()) {
				passages.put(((Resource) row.get(0)).getId(), (String) found.get(0));
			}
		}
		Map<Long, FoundIn> foundIn = passages.isEmpty() ? Map.of() : where(passages);
		List<SearchHit> hits = new ArrayList<>(rows.size());
		for (List<?> row : rows) {
			Resource resource = (Resource) row.get(0);
			hits.add(new SearchHit(ResourceSummary.of(resource), offset + hits.size() + 1, (String) row.get(1),
					(resource.getSummary() != null) ? (String) row.get(2) : null, foundIn.get(resource.getId())));
		}
		return hits;
	}

	private Map<Long, FoundIn> where(Map<Long, String> passages) {
		List<List<?>> pages = Search.session(this.entityManager)
			.search(Resource.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.field(AttachmentTextBinder.PAGE, String.class).multi(),
						f.field(AttachmentTextBinder.TEXT, String.class).multi())
				.asList())
			.where((f) -> f.id().matchingAny(passages.keySet()))
			.fetchAllHits();
		Map<Long, FoundIn> found = new HashMap<>();
		for (List<?> row : pages) {
			Long resourceId = (Long) row.get(0);
			String passage = passages.get(resourceId);
			locate(passage, cast(row.get(1)), cast(row.get(2))).ifPresent((f) -> found.put(resourceId, f));
		}
		return found;
	}

	private Optional<FoundIn> locate(String passage, List<String> refs, List<String> texts) {
		String plain = HtmlUtils.htmlUnescape(passage.replaceAll(MARK, "")).strip();
		String probe = plain.substring(0, Math.min(PROBE, plain.length()));
		for (int i = 0; i < texts.size() && i < refs.size(); i++) {
			if (texts.get(i).contains(probe)) {
				String[] ref = refs.get(i).split(":");
				int page = Integer.parseInt(ref[1]);
				return this.attachments.find(Long.valueOf(ref[0])).map((file) -> foundIn(file, page, passage));
			}
		}
		return Optional.empty();
	}

	private static FoundIn foundIn(Attachment file, int page, String passage) {
		String snippet = around(passage);
		return (page > 0) ? new FoundIn(file.getTitle(), page, snippet, file.getDownloadPath() + "#page=" + page)
				: new FoundIn(file.getTitle(), null, snippet, file.getDownloadPath());
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

	@SuppressWarnings("unchecked")
	private static List<String> cast(Object values) {
		return (List<String>) values;
	}

}
