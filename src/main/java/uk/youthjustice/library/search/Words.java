package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.search.PeopleQuery.Part;
import uk.youthjustice.library.search.index.AttachmentTextBinder;
import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.search.synonyms.EnglishAnalysis;
import uk.youthjustice.library.search.synonyms.Synonyms;

/**
 * Turns the words people type into a predicate over the resource's text fields. Each word
 * or phrase must be found in at least one field, so words may be spread across the title,
 * the summary and an attached file; the title weighs most.
 */
@Component
class Words {

	/** Relaxed, at least this share of the words must be found. */
	private static final int RELAXED_SHARE = 50;

	/**
	 * Relaxed, a word in the bodies of more than one resource in this many is common...
	 */
	private static final int COMMON_SHARE = 10;

	/** ...and in more than this many resources. */
	private static final int COMMON_RESOURCES = 1_000;

	/**
	 * Few fields, each searched word being looked up in every one: the labels and the
	 * body each gather several of the resource's fields (see {@code Resource.getBody()}).
	 */
	private static final List<Field> FIELDS = List.of(new Field("title", 5f), new Field("summary", 2f),
			new Field("labels", 2f), new Field("body", 1f));

	/**
	 * The attached files' text, weighing least. On Lucene a field of Lucene's own (see
	 * {@code PageTextField}), searched with a Lucene query beside the others: the score
	 * is the same sum as if it were one more field of the match.
	 */
	private static final Field FILES = new Field(AttachmentTextBinder.TEXT, 0.6f);

	/** On OpenSearch the files' text is one more field of the match. */
	private static final List<Field> FIELDS_AND_FILES = Stream.concat(FIELDS.stream(), Stream.of(FILES)).toList();

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer analyzer;

	private final SearchBackendProperties backend;

	/**
	 * English search analysis: the files' field's on Lucene, every field's on OpenSearch.
	 */
	private final Analyzer englishSearch = EnglishAnalysis.search();

	private final Synonyms synonyms;

	private final SearchIndex index;

	Words(EntityManagerFactory entityManagerFactory, SearchBackendProperties backend, Synonyms synonyms,
			SearchIndex index) {
		this.entityManagerFactory = entityManagerFactory;
		this.backend = backend;
		this.synonyms = synonyms;
		this.index = index;
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
	 * Every choice must match; relaxed, only half of the words that are not common need
	 * to, and resources with more of them score higher.
	 */
	SearchPredicate predicate(SearchPredicateFactory f, PeopleQuery query, boolean relaxed) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.required().isEmpty()) {
			bool.must(f.matchAll());
		}
		if (relaxed) {
			relaxed(f, bool, query.required());
		}
		else {
			query.required().forEach((choice) -> bool.must(choice(f, choice)));
		}
		query.excluded().forEach((part) -> bool.mustNot(part(f, part)));
		return bool.toPredicate();
	}

	/**
	 * Half of the choices must match, common words left out: a resource with “what”,
	 * “have” and “about” does not answer half of “what have other teams done about county
	 * lines”. Nor do they add to the score: being in most of the resources found, they
	 * would be looked up in every one of them, the dearest part of such a search, for a
	 * share of the score too small to change which come first (the relevance set's
	 * rankings were the same with them and without).
	 */
	private void relaxed(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, List<List<Part>> choices) {
		BooleanPredicateClausesStep<?, ?> half = f.bool();
		counted(choices, common(choices)).forEach((choice) -> half.should(choice(f, choice)));
		bool.must(half.minimumShouldMatchPercent(RELAXED_SHARE).toPredicate());
	}

	/**
	 * The words a page of hits shows where it found: marked in titles and summaries, and
	 * choosing the page of a file to show. In a relaxed search only those that counted:
	 * common words, being on most pages, would choose a file's page for its “what” and
	 * “about”, and be looked for in every file of the page for nothing.
	 */
	PeopleQuery shown(PeopleQuery query, boolean relaxed) {
		return relaxed ? new PeopleQuery(counted(query.required(), common(query.required())), query.excluded()) : query;
	}

	/**
	 * The choices that count towards the half: all but the common ones, or all if all
	 * are.
	 */
	static List<List<Part>> counted(List<List<Part>> choices, Set<List<Part>> common) {
		List<List<Part>> counted = choices.stream().filter((choice) -> !common.contains(choice)).toList();
		return counted.isEmpty() ? choices : counted;
	}

	/**
	 * The choices that are a single common word: each of its terms in the bodies of more
	 * than one resource in ten, and of more than {@value #COMMON_RESOURCES}, so that in a
	 * small library no word is common for being in a few of its resources. On OpenSearch,
	 * none.
	 */
	private Set<List<Part>> common(List<List<Part>> choices) {
		if (!this.backend.isLucene()) {
			return Set.of();
		}
		try (IndexReader reader = ResourceIndexReader.open(this.entityManagerFactory)) {
			long most = Math.max(COMMON_RESOURCES, reader.maxDoc() / COMMON_SHARE);
			Set<List<Part>> common = new HashSet<>();
			for (List<Part> choice : choices) {
				if (choice.size() == 1 && !choice.get(0).phrase() && allCommon(reader, choice.get(0), most)) {
					common.add(choice);
				}
			}
			return common;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean allCommon(IndexReader reader, Part part, long most) throws IOException {
		List<String> terms = terms(part.text());
		for (String term : terms) {
			if (reader.docFreq(new Term("body", term)) <= most) {
				return false;
			}
		}
		return !terms.isEmpty();
	}

	private SearchPredicate choice(SearchPredicateFactory f, List<Part> choice) {
		return (choice.size() == 1) ? part(f, choice.get(0)) : anyOf(f, choice);
	}

	private SearchPredicate anyOf(SearchPredicateFactory f, List<Part> choice) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		choice.forEach((part) -> any.should(part(f, part)));
		return any.toPredicate();
	}

	private SearchPredicate part(SearchPredicateFactory f, Part part) {
		boolean lucene = this.backend.isLucene();
		List<Field> fields = lucene ? FIELDS : FIELDS_AND_FILES;
		if (!part.phrase()) {
			return words(f, part, fields, lucene);
		}
		// Quoted words are meant as typed: the words as written in a title or summary
		// count for more than a synonym or another form of them.
		var asTyped = f.phrase()
			.field("title_words")
			.boost(FIELDS.get(0).boost())
			.field("summary_words")
			.boost(FIELDS.get(1).boost())
			.matching(part.text());
		Optional<String> oneWord = oneWordFor(part);
		if (oneWord.isPresent()) {
			return f.bool()
				.must(words(f, new Part(oneWord.get(), false), fields, lucene))
				.should(asTyped)
				.toPredicate();
		}
		var phrase = f.phrase().field(fields.get(0).name()).boost(fields.get(0).boost());
		fields.stream().skip(1).forEach((field) -> phrase.field(field.name()).boost(field.boost()));
		// The phrase must be found in some field, but scores as its words do: once one
		// field is found to hold it, no other is searched for its words' positions, the
		// dearest part of a phrase in long text.
		return f.bool()
			.filter(inFilesToo(f, phrase.matching(part.text()).toPredicate(), part, lucene))
			.must(words(f, new Part(part.text(), false), fields, lucene))
			.should(asTyped)
			.toPredicate();
	}

	/**
	 * A phrase that is all one synonym (“children in care”) as the one word indexing
	 * writes wherever any of its group is written ({@code lac}): found and scored as that
	 * word, by one list of resources instead of the positions of every word of the phrase
	 * in every field. It finds what the group says, and only that: as a phrase, the stop
	 * word's place kept, “children in care” also matched “children's social care”. Only
	 * on Lucene, and only while the whole index holds the synonyms applied now: after
	 * synonyms are saved and the library restarted, the phrase is searched for until the
	 * next rebuild (ADR 0032).
	 */
	private Optional<String> oneWordFor(Part part) {
		if (!this.backend.isLucene() || !this.index.builtWithAppliedSynonyms()) {
			return Optional.empty();
		}
		return this.synonyms.oneWordFor(part.text());
	}

	/** Every word of the part in one field at least. */
	private SearchPredicate words(SearchPredicateFactory f, Part part, List<Field> fields, boolean lucene) {
		var match = f.match().field(fields.get(0).name()).boost(fields.get(0).boost());
		fields.stream().skip(1).forEach((field) -> match.field(field.name()).boost(field.boost()));
		// "15-year-olds" is three words to the analyser; all of them must be there.
		return inFilesToo(f, match.matching(part.text()).minimumShouldMatchPercent(100).toPredicate(), part, lucene);
	}

	/** On Lucene, the resource's own fields or its files'. */
	private SearchPredicate inFilesToo(SearchPredicateFactory f, SearchPredicate own, Part part, boolean lucene) {
		Query inFiles = lucene ? fieldQuery(builder(FILES.name()), FILES.name(), part, Occur.MUST) : null;
		if (inFiles == null) {
			return own;
		}
		return f.bool()
			.should(own)
			.should(f.extension(LuceneExtension.get()).fromLuceneQuery(new BoostQuery(inFiles, FILES.boost())))
			.toPredicate();
	}

	/**
	 * The query's words and phrases as a plain Lucene query over one field, any of them
	 * matching: for the highlighting done outside Hibernate Search. {@code null} when it
	 * has none.
	 */
	Query luceneQuery(String field, PeopleQuery query) {
		QueryBuilder builder = builder(field);
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		boolean some = false;
		for (List<Part> choice : query.required()) {
			for (Part part : choice) {
				Query one = fieldQuery(builder, field, part, Occur.SHOULD);
				if (one != null) {
					any.add(one, Occur.SHOULD);
					some = true;
				}
			}
		}
		return some ? any.build() : null;
	}

	/**
	 * A word or phrase as a Lucene query on one field; the words of a word that the
	 * analyser splits ({@code 15-year-olds}) as {@code each} says. {@code null} when it
	 * has none.
	 */
	private static Query fieldQuery(QueryBuilder builder, String field, Part part, Occur each) {
		return part.phrase() ? builder.createPhraseQuery(field, part.text())
				: builder.createBooleanQuery(field, part.text(), each);
	}

	/** The query's words, to be marked in a hit's title and summary. */
	WholeTextMarks marks(PeopleQuery query) {
		return new WholeTextMarks(analyzer(), luceneQuery("title", query), luceneQuery("summary", query));
	}

	/**
	 * Analyses words as the field's searches do. Hibernate Search knows no analyser for
	 * the files' field of Lucene's own, so theirs is named here: the English search
	 * analysis that Hibernate Search's text fields use.
	 */
	private QueryBuilder builder(String field) {
		return new QueryBuilder(
				(this.backend.isLucene() && FILES.name().equals(field)) ? this.englishSearch : analyzer());
	}

	private boolean hasWords(Part part) {
		return !terms(part.text()).isEmpty();
	}

	private List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer().tokenStream("title", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
			return terms;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Analyzer analyzer() {
		if (this.analyzer == null && !this.backend.isLucene()) {
			// OpenSearch analyses in the cluster; the same chain, here, tells which words
			// count.
			this.analyzer = this.englishSearch;
		}
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
