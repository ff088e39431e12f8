package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.catalogue.Resource;

/**
 * Corrects the spelling of searched words from the words of titles and summaries, with
 * Lucene's Levenshtein automata over the index. The index holds drafts too, so a
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

	/** Similarity of {@link LuceneLevenshteinDistance}: what DirectSpellChecker asks. */
	private static final float ACCURACY = 0.5f;

	/**
	 * Letters at the start of a word that a correction keeps: people rarely slip there.
	 */
	private static final int PREFIX = 1;

	private final EntityManagerFactory entityManagerFactory;

	private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();

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
	 * A known word is left alone. Otherwise spellings one edit away are looked for, in
	 * titles then summaries, and two edits away only when there are none. Building the
	 * automaton of a word's close spellings is the costliest step of a search that finds
	 * little, the two-edit one by far; Lucene's DirectSpellChecker builds both for every
	 * field it is asked about, so each is built here once for the two fields.
	 */
	private String better(IndexReader reader, String word) throws IOException {
		for (String field : FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return null;
			}
		}
		for (int edits = 1; edits <= 2; edits++) {
			CompiledAutomaton close = FuzzyQuery.getFuzzyAutomaton(word, edits, PREFIX, true);
			for (String field : FIELDS) {
				String closest = closest(reader, field, word, close);
				if (closest != null) {
					return closest;
				}
			}
		}
		return null;
	}

	/**
	 * The most similar of the field's words the automaton accepts, then the commonest.
	 */
	private String closest(IndexReader reader, String field, String word, CompiledAutomaton close) throws IOException {
		Terms terms = MultiTerms.getTerms(reader, field);
		if (terms == null) {
			return null;
		}
		TermsEnum candidates = close.getTermsEnum(terms);
		String best = null;
		float bestSimilarity = 0;
		int bestFrequency = 0;
		for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
			String spelling = candidate.utf8ToString();
			float similarity = this.distance.getDistance(word, spelling);
			int frequency = candidates.docFreq();
			if (similarity < ACCURACY) {
				continue;
			}
			if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency)) {
				best = spelling;
				bestSimilarity = similarity;
				bestFrequency = frequency;
			}
		}
		return best;
	}

}
