package uk.youthjustice.library.search;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the spelling of searched words from the words of titles and summaries, the
 * same way on either search engine: words of four or more letters only; a word found in
 * titles or summaries is left alone; spellings one edit away before two, keeping the
 * first letter; the most similar, then the commonest. Two edits are for a search that
 * found nothing: one that found a little is offered only a single slip, the likelier
 * correction and far the cheaper to look for (the automaton of a word's spellings two
 * edits away is the costliest part of a search that finds little). The index holds drafts
 * too, so a correction is only offered when it finds more public resources (see
 * {@link LibrarySearch}), never a word on its own. {@link SearchBackendConfiguration}
 * chooses {@link LuceneSpelling} or {@link OpenSearchSpelling}.
 */
interface Spelling {

	/**
	 * Fields holding titles' and summaries' words unstemmed ({@code Analyzers.WORDS}),
	 * titles first.
	 */
	List<String> FIELDS = List.of("title_words", "summary_words");

	Pattern WORD = Pattern.compile("\\p{L}{4,}");

	/**
	 * Least similarity of a correction, in {@code LuceneLevenshteinDistance}'s terms:
	 * what Lucene's DirectSpellChecker asks.
	 */
	float ACCURACY = 0.5f;

	/**
	 * Letters at the start of a word that a correction keeps: people rarely slip there.
	 */
	int PREFIX = 1;

	/** Edits a correction may make to a word when the search found something. */
	int EDITS_WHEN_FOUND = 1;

	/** Edits a correction may make to a word when the search found nothing. */
	int EDITS_WHEN_NOTHING_FOUND = 2;

	/**
	 * The words with each unknown word of four or more letters replaced by the most
	 * common close spelling; {@code null} when nothing was changed.
	 * @param words the words as typed
	 * @param maxEdits the most edits a correction may make to a word:
	 * {@link #EDITS_WHEN_FOUND} or {@link #EDITS_WHEN_NOTHING_FOUND}
	 */
	String correct(String words, int maxEdits);

	/** The edits a correction may make, for a search that found this many resources. */
	static int maxEdits(long found) {
		return (found == 0) ? EDITS_WHEN_NOTHING_FOUND : EDITS_WHEN_FOUND;
	}

	/**
	 * The words with each word of four or more letters replaced by its correction.
	 * @param better the correction of a lower-case word, or {@code null} to keep it
	 * @return the corrected words, or {@code null} when nothing was changed
	 */
	static String replace(String words, UnaryOperator<String> better) {
		Matcher matcher = WORD.matcher(words);
		StringBuilder corrected = new StringBuilder();
		boolean changed = false;
		while (matcher.find()) {
			String correction = better.apply(matcher.group().toLowerCase(Locale.ROOT));
			changed |= correction != null;
			matcher.appendReplacement(corrected,
					Matcher.quoteReplacement((correction != null) ? correction : matcher.group()));
		}
		matcher.appendTail(corrected);
		return changed ? corrected.toString() : null;
	}

}
