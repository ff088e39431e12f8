package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.search.PeopleQuery.Part;
import uk.youthjustice.library.search.index.AttachmentTextBinder;

/**
 * Turns the words people type into a predicate over the resource's text fields. Each word
 * or phrase must be found in at least one field, so words may be spread across the title,
 * the summary and an attached file; the title weighs most.
 */
@Component
class Words {

	/** Relaxed, at least this share of the words must be found. */
	private static final int RELAXED_SHARE = 50;

	private static final List<Field> FIELDS = List.of(new Field("title", 5f), new Field("summary", 2f),
			new Field("category.name", 2f), new Field("topics.name", 2f), new Field("evidence.name", 1f),
			new Field("aims", 1.5f), new Field("description", 1f), new Field("implementationSteps", 1f),
			new Field("audience", 1f), new Field("publisher", 1f), new Field("contacts.organisation", 1f),
			new Field("contacts.personName", 1f), new Field("sourceOrganisation.organisation", 1f),
			new Field("sourceOrganisation.personName", 1f), new Field(AttachmentTextBinder.TEXT, 0.6f));

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer analyzer;

	Words(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * The query without the words that can find nothing: common words (“the”, “and”) and
	 * punctuation, which the analyser drops. A choice left with nothing goes too.
	 */
	PeopleQuery usable(PeopleQuery query) {
		List<List<Part>> required = query.required()
			.stream()
			.map((choice) -> choice.stream().filter(this::hasWords).toList())
			.filter((choice) -> !choice.isEmpty())
			.toList();
		return new PeopleQuery(required, query.excluded().stream().filter(this::hasWords).toList());
	}

	/**
	 * Every choice must match; relaxed, only half of them need to, and resources with
	 * more of them score higher.
	 */
	SearchPredicate predicate(SearchPredicateFactory f, PeopleQuery query, boolean relaxed) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.required().isEmpty()) {
			bool.must(f.matchAll());
		}
		for (List<Part> choice : query.required()) {
			SearchPredicate either = (choice.size() == 1) ? part(f, choice.get(0)) : anyOf(f, choice);
			if (relaxed) {
				bool.should(either);
			}
			else {
				bool.must(either);
			}
		}
		if (relaxed) {
			bool.minimumShouldMatchPercent(RELAXED_SHARE);
		}
		query.excluded().forEach((part) -> bool.mustNot(part(f, part)));
		return bool.toPredicate();
	}

	private SearchPredicate anyOf(SearchPredicateFactory f, List<Part> choice) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		choice.forEach((part) -> any.should(part(f, part)));
		return any.toPredicate();
	}

	private static SearchPredicate part(SearchPredicateFactory f, Part part) {
		if (part.phrase()) {
			var phrase = f.phrase().field(FIELDS.get(0).name()).boost(FIELDS.get(0).boost());
			FIELDS.stream().skip(1).forEach((field) -> phrase.field(field.name()).boost(field.boost()));
			return phrase.matching(part.text()).toPredicate();
		}
		var match = f.match().field(FIELDS.get(0).name()).boost(FIELDS.get(0).boost());
		FIELDS.stream().skip(1).forEach((field) -> match.field(field.name()).boost(field.boost()));
		// "15-year-olds" is three words to the analyser; all of them must be there.
		return match.matching(part.text()).minimumShouldMatchPercent(100).toPredicate();
	}

	private boolean hasWords(Part part) {
		try (TokenStream tokens = analyzer().tokenStream("title", part.text())) {
			tokens.reset();
			boolean any = tokens.incrementToken();
			tokens.end();
			return any;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Analyzer analyzer() {
		if (this.analyzer == null) {
			this.analyzer = Search.mapping(this.entityManagerFactory)
				.indexManager("resource")
				.unwrap(LuceneIndexManager.class)
				.searchAnalyzer();
		}
		return this.analyzer;
	}

	private record Field(String name, float boost) {
	}

}
