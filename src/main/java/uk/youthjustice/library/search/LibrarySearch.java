package uk.youthjustice.library.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.Terms;
import uk.youthjustice.library.search.SearchPage.Suggestion;
import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.system.Pagination;

/**
 * Searches public resources: the words in the people's query language, the filters with
 * their counts, one page of hits with the matched words highlighted, and where in an
 * attached file the words were found. When nothing has every word, a close spelling that
 * finds more is tried, then resources with some of the words.
 */
@Service
@Transactional(readOnly = true)
public class LibrarySearch {

	static final int PAGE_SIZE = 20;

	static final String MARK = "<mark>";

	static final String END_MARK = "</mark>";

	/** Fewer results than this, and a better-spelt search is looked for. */
	private static final int FEW = 3;

	private static final Logger log = LoggerFactory.getLogger(LibrarySearch.class);

	private final EntityManager entityManager;

	private final Catalogue catalogue;

	private final Words words;

	private final Spelling spelling;

	private final Facets facets;

	private final FoundInFiles foundIn;

	private final SearchIndex index;

	private final Clock clock;

	private final SearchBackendProperties backend;

	/** {@code library.search}: how long each search takes, for the metrics. */
	private final Timer timer;

	LibrarySearch(EntityManager entityManager, Catalogue catalogue, Words words, Spelling spelling, Facets facets,
			FoundInFiles foundIn, SearchIndex index, Clock clock, MeterRegistry meters,
			SearchBackendProperties backend) {
		this.entityManager = entityManager;
		this.catalogue = catalogue;
		this.words = words;
		this.spelling = spelling;
		this.facets = facets;
		this.foundIn = foundIn;
		this.index = index;
		this.clock = clock;
		this.backend = backend;
		this.timer = Timer.builder("library.search").description("Searches of the public library").register(meters);
	}

	public SearchPage search(SearchParameters parameters) {
		long started = System.nanoTime();
		try {
			return searchUntimed(parameters);
		}
		finally {
			this.timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}

	private SearchPage searchUntimed(SearchParameters parameters) {
		Terms terms = this.catalogue.termsForFilters();
		SearchQuery query = SearchQuery.from(parameters, terms);
		try {
			return searchIndex(query, terms);
		}
		catch (SearchException ex) {
			if (!this.index.isRebuilding()) {
				throw ex;
			}
			// A rebuild that drops the index's files first leaves a moment when it cannot
			// be
			// opened: the page says the index is being rebuilt rather than failing.
			log.info("Search during a rebuild of the index found it closed: {}", ex.getMessage());
			return new SearchPage(query, 0, List.of(), List.of(), this.facets.active(query, terms),
					Pagination.of(1, 1, (number) -> query.onPage(number).toHref()), null, false, true, null);
		}
	}

	private SearchPage searchIndex(SearchQuery query, Terms terms) {
		PeopleQuery people = this.words.usable(PeopleQuery.parse(query.words()));
		Run run = run(query, people, false);
		Suggestion suggestion = null;
		if (!people.isEmpty() && run.total() < FEW) {
			String corrected = this.spelling.correct(query.words(), Spelling.maxEdits(run.total()));
			if (corrected != null) {
				SearchQuery better = query.withWords(corrected);
				Run correctedRun = run(better, this.words.usable(PeopleQuery.parse(corrected)), false);
				if (correctedRun.total() > run.total()) {
					boolean shown = run.total() == 0;
					suggestion = new Suggestion(corrected, better.toHref(), shown);
					run = shown ? correctedRun : run;
				}
			}
		}
		if (run.total() == 0 && people.required().size() > 1) {
			run = run(run.query(), run.people(), true);
		}
		return page(run, terms, suggestion);
	}

	private SearchPage page(Run run, Terms terms, Suggestion suggestion) {
		int totalPages = (int) Math.max(1, (run.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		SearchQuery query = run.query();
		Run shown = run;
		if (query.page() > totalPages) {
			shown = run(query.onPage(totalPages), run.people(), run.relaxed());
			query = shown.query();
		}
		SearchQuery paged = query;
		List<SearchHit> hits = this.foundIn.hits(shown.result().hits(), (paged.page() - 1) * PAGE_SIZE,
				shown.shownWords());
		Run counted = shown;
		Map<Facets.Filter, Map<?, Long>> counts = this.facets.counts(shown.result(), shown.scope(), paged,
				(except) -> predicate(paged, counted.people(), counted.relaxed(), except));
		return new SearchPage(query, run.total(), hits, this.facets.describe(paged, counts, terms),
				this.facets.active(paged, terms),
				Pagination.of(paged.page(), totalPages, (number) -> paged.onPage(number).toHref()), suggestion,
				run.relaxed(), this.index.isRebuilding(), null);
	}

	private Run run(SearchQuery query, PeopleQuery people, boolean relaxed) {
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Resource> scope = session.scope(Resource.class);
		PeopleQuery shownWords = this.words.shown(people, relaxed);
		var search = session.search(scope)
			.select(this.backend.isLucene() ? ResultRow.marked(scope.projection(), this.words.marks(shownWords))
					: ResultRow.highlighted(scope.projection(), "whole"))
			.where(predicate(query, people, relaxed, null).apply(scope.predicate()))
			.sort(sort(scope.sort(), query.sort(), people.isEmpty()));
		if (!this.backend.isLucene()) {
			// Titles and summaries are short: shown whole, the plain highlighter marks
			// them all. OpenSearch takes the encoder for the whole request only, not a
			// field's: the text around the marks is escaped all the same.
			search = search
				.highlighter("whole",
						(f) -> f.plain().tag(MARK, END_MARK).fragmentSize(1000).numberOfFragments(1).noMatchSize(1000))
				.highlighter((f) -> f.plain().encoder(HighlighterEncoder.HTML));
		}
		this.facets.addCounts(search, scope, query);
		SearchResult<ResultRow> result = search.fetch((Math.max(1, query.page()) - 1) * PAGE_SIZE, PAGE_SIZE);
		return new Run(query, people, relaxed, result, scope, shownWords);
	}

	/** The public resources matching the query, leaving out one filter when asked. */
	private Facets.PredicateFor predicate(SearchQuery query, PeopleQuery people, boolean relaxed,
			Facets.Filter except) {
		return (f) -> {
			var bool = f.bool()
				.filter(PublicNow.published(f))
				.filter(PublicNow.publishedBy(f, this.clock.instant(), this.backend.isLucene()));
			if (!people.isEmpty() || !people.excluded().isEmpty()) {
				bool.must(this.words.predicate(f, people, relaxed));
			}
			this.facets.filters(f, query, except).forEach(bool::filter);
			return bool.toPredicate();
		};
	}

	private static org.hibernate.search.engine.search.sort.SearchSort sort(SearchSortFactory f, SearchSort order,
			boolean noWords) {
		SearchSort by = (order == SearchSort.RELEVANCE && noWords) ? SearchSort.NEWEST : order;
		return switch (by) {
			case RELEVANCE ->
				f.composite((all) -> all.add(f.score()).add(f.field(PublicNow.PUBLISHED_AT).desc())).toSort();
			case NEWEST -> f.field(PublicNow.PUBLISHED_AT).desc().toSort();
			case OLDEST -> f.field(PublicNow.PUBLISHED_AT).asc().toSort();
			case TITLE -> f.field("title_sort").asc().toSort();
		};
	}

	/**
	 * @param shownWords the words whose places the hits show ({@link Words#shown})
	 */
	private record Run(SearchQuery query, PeopleQuery people, boolean relaxed, SearchResult<ResultRow> result,
			SearchScope<Resource> scope, PeopleQuery shownWords) {

		long total() {
			return this.result.total().hitCount();
		}

	}

}
