package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;

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

/**
 * {@link Spelling} with Lucene's Levenshtein automata over this node's index.
 */
final class LuceneSpelling implements Spelling {

	private final EntityManagerFactory entityManagerFactory;

	private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();

	LuceneSpelling(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public String correct(String words, int maxEdits) {
		try (IndexReader reader = ResourceIndexReader.open(this.entityManagerFactory)) {
			return Spelling.replace(words, (word) -> better(reader, word, maxEdits));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String better(IndexReader reader, String word, int maxEdits) {
		try {
			return correction(reader, word, maxEdits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A known word is left alone. Otherwise spellings one edit away are looked for, in
	 * titles then summaries, and two edits away only when there are none and two are
	 * allowed. Building the automaton of a word's close spellings is the costliest step
	 * of a search that finds little, the two-edit one by far; Lucene's DirectSpellChecker
	 * builds both for every field it is asked about, so each is built here once for the
	 * two fields.
	 */
	private String correction(IndexReader reader, String word, int maxEdits) throws IOException {
		for (String field : FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return null;
			}
		}
		for (int edits = 1; edits <= maxEdits; edits++) {
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
