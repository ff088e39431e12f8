package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.catalogue.Resource;

/**
 * Corrects the spelling of searched words from the words of titles and summaries, with
 * Lucene's {@link DirectSpellChecker} over the index. The index holds drafts too, so a
 * correction is only offered when it finds more public resources (see
 * {@link LibrarySearch}), never a word on its own.
 */
@Component
class Spelling {

	/**
	 * Fields holding titles' and summaries' words unstemmed ({@code Analyzers.WORDS}).
	 */
	private static final String[] FIELDS = { "title_words", "summary_words" };

	private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final SearchBackendProperties backend;

	Spelling(EntityManagerFactory entityManagerFactory, SearchBackendProperties backend) {
		this.entityManagerFactory = entityManagerFactory;
		this.backend = backend;
	}

	/**
	 * The words with each unknown word of four or more letters replaced by the most
	 * common close spelling; {@code null} when nothing was changed.
	 */
	String correct(String words) {
		if (!this.backend.isLucene()) {
			// Not offered on OpenSearch yet (docs/scaling.md).
			return null;
		}
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Resource.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			Matcher matcher = WORD.matcher(words);
			StringBuilder corrected = new StringBuilder();
			boolean changed = false;
			while (matcher.find()) {
				String word = matcher.group().toLowerCase(Locale.ROOT);
				String better = better(reader, word);
				changed |= better != null;
				matcher.appendReplacement(corrected,
						Matcher.quoteReplacement((better != null) ? better : matcher.group()));
			}
			matcher.appendTail(corrected);
			return changed ? corrected.toString() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A known word is left alone. Otherwise titles' words are tried first, and summaries'
	 * only when no title has a close word: each look-up builds an automaton of the word's
	 * close spellings, the costliest step of a search that finds little.
	 */
	private String better(IndexReader reader, String word) throws IOException {
		for (String field : FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return null;
			}
		}
		for (String field : FIELDS) {
			SuggestWord[] suggestions = this.checker.suggestSimilar(new Term(field, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0) {
				return suggestions[0].string;
			}
		}
		return null;
	}

}
