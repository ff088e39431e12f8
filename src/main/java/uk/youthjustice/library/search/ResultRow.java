package uk.youthjustice.library.search;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import uk.youthjustice.library.catalogue.ResourceKind;

/**
 * One search result as read from the index, with no resource loaded from the database:
 * the hit's stored fields are read for the highlighted title and summary in any case, and
 * the few other things a result shows are stored beside them.
 *
 * @param id the resource's id
 * @param slug the resource's address
 * @param kind practice example or guidance document
 * @param publishedAt when it was published
 * @param titleHtml the title with the matched words marked, HTML-escaped
 * @param summaryHtml the summary likewise, or {@code null} when it has none
 */
record ResultRow(long id, String slug, ResourceKind kind, Instant publishedAt, String titleHtml, String summaryHtml) {

	/**
	 * Marked by the search engine's highlighter: on OpenSearch, which holds the analysis.
	 * @param f the search's projection factory
	 * @param highlighter the named highlighter for the title and summary
	 */
	static SearchProjection<ResultRow> highlighted(SearchProjectionFactory<?, ?> f, String highlighter) {
		return f.composite()
			.from(withFacts(f, f.highlight("title").highlighter(highlighter).single().toProjection(),
					f.field("summary", String.class).toProjection(),
					f.highlight("summary").highlighter(highlighter).single().toProjection()))
			.asList((values) -> row(values, (String) values.get(4),
					(values.get(5) != null) ? (String) values.get(6) : null))
			.toProjection();
	}

	/**
	 * Read plain and marked here: on Lucene, where this costs less than the engine's
	 * highlighter.
	 * @param f the search's projection factory
	 * @param marks the searched words' marker
	 */
	static SearchProjection<ResultRow> marked(SearchProjectionFactory<?, ?> f, WholeTextMarks marks) {
		return f.composite()
			.from(withFacts(f, f.field("title", String.class).toProjection(),
					f.field("summary", String.class).toProjection()))
			.asList((values) -> row(values, marks.title((String) values.get(4)), marks.summary((String) values.get(5))))
			.toProjection();
	}

	/** Id, slug, kind and publication time, then the texts. */
	private static SearchProjection<?>[] withFacts(SearchProjectionFactory<?, ?> f, SearchProjection<?>... texts) {
		return Stream
			.concat(Stream.of(f.id(Long.class).toProjection(), f.field("slug", String.class).toProjection(),
					f.field("kind", ResourceKind.class).toProjection(),
					f.field("publishedAt", Instant.class).toProjection()), Stream.of(texts))
			.toArray(SearchProjection<?>[]::new);
	}

	private static ResultRow row(List<?> values, String titleHtml, String summaryHtml) {
		return new ResultRow((Long) values.get(0), (String) values.get(1), (ResourceKind) values.get(2),
				(Instant) values.get(3), titleHtml, summaryHtml);
	}

}
