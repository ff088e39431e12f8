package uk.youthjustice.library.search;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.catalogue.ResourceSummary;
import uk.youthjustice.library.system.Pagination;

/**
 * Searches the titles, summaries and descriptions of public resources. The words are read
 * with Lucene's simple query syntax, which never fails on odd input: quotes, a leading
 * minus and {@code |} work, anything else is taken as words.
 */
@Service
@Transactional(readOnly = true)
class LibrarySearch {

	static final int PAGE_SIZE = 20;

	/** Longer input is cut: nobody types it, and it only costs time. */
	static final int LONGEST_QUERY = 200;

	private static final float TITLE_BOOST = 3f;

	private final EntityManager entityManager;

	private final Clock clock;

	LibrarySearch(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	SearchResults search(String terms, int page) {
		String words = clean(terms);
		if (words.isEmpty()) {
			return new SearchResults("", 0, List.of(), Pagination.of(1, 1, (number) -> "/search"));
		}
		int shown = Math.max(1, page);
		SearchResult<Resource> result = run(words, shown);
		long total = result.total().hitCount();
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		if (shown > totalPages) {
			shown = totalPages;
			result = run(words, shown);
		}
		List<ResourceSummary> rows = result.hits().stream().map(ResourceSummary::of).toList();
		return new SearchResults(words, total, rows, Pagination.of(shown, totalPages, (number) -> link(words, number)));
	}

	private SearchResult<Resource> run(String words, int page) {
		// Category and evidence label come in the same statement as the resources.
		EntityGraph<Resource> rowGraph = this.entityManager.createEntityGraph(Resource.class);
		rowGraph.addAttributeNodes("category", "evidence");
		return Search.session(this.entityManager)
			.search(Resource.class)
			.where((f) -> f.bool()
				.must(f.simpleQueryString()
					.field("title")
					.boost(TITLE_BOOST)
					.fields("summary", "description")
					.matching(words)
					.defaultOperator(BooleanOperator.AND))
				.filter(f.match().field("status").matching(ResourceStatus.PUBLISHED))
				.filter(f.range().field("publishedAt").atMost(this.clock.instant())))
			.loading((o) -> o.graph(rowGraph, GraphSemantic.FETCH))
			.fetch((page - 1) * PAGE_SIZE, PAGE_SIZE);
	}

	private static String clean(String terms) {
		if (terms == null) {
			return "";
		}
		String words = terms.strip();
		return (words.length() > LONGEST_QUERY) ? words.substring(0, LONGEST_QUERY) : words;
	}

	private static String link(String words, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search").queryParam("q", words);
		if (page > 1) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}

}
