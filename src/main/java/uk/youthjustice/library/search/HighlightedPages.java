package uk.youthjustice.library.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.youthjustice.library.attachments.AttachmentTexts;
import uk.youthjustice.library.attachments.AttachmentTexts.FileText;
import uk.youthjustice.library.attachments.AttachmentTexts.PageText;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.search.PeopleQuery.Part;
import uk.youthjustice.library.search.index.AttachmentTextBinder;

/**
 * Where in its files a hit's words were, when the index is in OpenSearch: the engine's
 * unified highlighter picks the best passage of the pages' text, and the page it came
 * from is found in the database, since a highlight does not say which of a field's values
 * it is from. Only the hits whose files have the words are looked up.
 */
@Component
class HighlightedPages {

	private final EntityManagerFactory entityManagerFactory;

	private final AttachmentTexts texts;

	HighlightedPages(EntityManagerFactory entityManagerFactory, AttachmentTexts texts) {
		this.entityManagerFactory = entityManagerFactory;
		this.texts = texts;
	}

	/**
	 * @param ids the hits' resources
	 * @param people the words searched for
	 * @return for each resource whose files have the words, where and the passage
	 */
	Map<Long, FoundInFiles.Located> pages(List<Long> ids, PeopleQuery people) {
		if (ids.isEmpty() || people.required().isEmpty()) {
			return Map.of();
		}
		List<List<?>> rows;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			rows = Search.session(entityManager)
				.search(Resource.class)
				.select((f) -> f.composite()
					.from(f.field(AttachmentTextBinder.RESOURCE, String.class), f.highlight(AttachmentTextBinder.TEXT))
					.asList())
				.where((f) -> f.bool()
					.filter(f.terms()
						.field(AttachmentTextBinder.RESOURCE)
						.matchingAny(ids.stream().map(String::valueOf).toList()))
					.must(anyWord(f, people)))
				.highlighter((f) -> f.unified()
					.tag(LibrarySearch.MARK, LibrarySearch.END_MARK)
					.encoder(HighlighterEncoder.HTML)
					.numberOfFragments(1)
					.fragmentSize(250))
				.fetchHits(ids.size());
		}
		Map<Long, FoundInFiles.Located> located = new HashMap<>();
		for (List<?> row : rows) {
			@SuppressWarnings("unchecked")
			List<String> passages = (List<String>) row.get(1);
			if (!passages.isEmpty()) {
				long resourceId = Long.parseLong((String) row.get(0));
				String passage = passages.get(0);
				String plain = HtmlUtils
					.htmlUnescape(passage.replace(LibrarySearch.MARK, "").replace(LibrarySearch.END_MARK, ""))
					.strip();
				String[] ref = pageOf(resourceId, plain);
				if (ref != null) {
					located.put(resourceId, new FoundInFiles.Located(ref, passage));
				}
			}
		}
		return located;
	}

	/** {@code attachmentId, page} of the first page holding the passage's text. */
	private String[] pageOf(long resourceId, String plain) {
		for (FileText file : this.texts.forResource(resourceId)) {
			for (PageText page : file.pages()) {
				if (page.text().contains(plain)) {
					return new String[] { Long.toString(file.attachmentId()),
							Integer.toString(file.byPage() ? page.number() : 0) };
				}
			}
		}
		return null;
	}

	private static SearchPredicate anyWord(SearchPredicateFactory f, PeopleQuery people) {
		var any = f.bool();
		for (List<Part> choice : people.required()) {
			for (Part part : choice) {
				any.should(part.phrase() ? f.phrase().field(AttachmentTextBinder.TEXT).matching(part.text())
						: f.match().field(AttachmentTextBinder.TEXT).matching(part.text()));
			}
		}
		return any.toPredicate();
	}

}
