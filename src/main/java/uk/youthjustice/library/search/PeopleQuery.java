package uk.youthjustice.library.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The query language people type: words (all of them must be found), “quoted phrases”,
 * {@code -excluded} words or phrases, and {@code OR} between two choices. Nothing else
 * has a meaning: field names, wildcards, brackets and unbalanced quotes are read as
 * words, so no input is an error.
 *
 * @param required what must be found: each entry is a choice of words or phrases, one of
 * which must match
 * @param excluded words and phrases that must not be found
 */
public record PeopleQuery(List<List<Part>> required, List<Part> excluded) {

	/** Longer input is cut: nobody types it, and every word costs time. */
	public static final int LONGEST = 500;

	/** At most this many words and phrases are looked for; the rest are dropped. */
	public static final int MOST_PARTS = 32;

	private static final String OR = "OR";

	public static PeopleQuery parse(String input) {
		List<Token> tokens = tokens(clean(input));
		List<List<Part>> required = new ArrayList<>();
		List<Part> excluded = new ArrayList<>();
		int parts = 0;
		boolean joinNext = false;
		for (int i = 0; i < tokens.size() && parts < MOST_PARTS; i++) {
			Token token = tokens.get(i);
			if (!token.quoted() && OR.equals(token.text())) {
				// OR only joins two choices; at either end, or doubled, it means nothing.
				joinNext = !required.isEmpty() && i + 1 < tokens.size();
				continue;
			}
			Part part = new Part(token.text(), token.quoted());
			parts++;
			if (token.excluded()) {
				excluded.add(part);
				joinNext = false;
			}
			else if (joinNext) {
				required.get(required.size() - 1).add(part);
				joinNext = false;
			}
			else {
				required.add(new ArrayList<>(List.of(part)));
			}
		}
		return new PeopleQuery(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
	}

	public boolean isEmpty() {
		return this.required.isEmpty();
	}

	/** The input without control characters, in one Unicode form, trimmed and cut. */
	static String clean(String input) {
		if (input == null) {
			return "";
		}
		String text = (input.length() > LONGEST * 4) ? input.substring(0, LONGEST * 4) : input;
		text = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]", "");
		text = text.replaceAll("\\s+", " ").strip();
		if (text.length() > LONGEST) {
			int cut = text.lastIndexOf(' ', LONGEST);
			text = text.substring(0, (cut > 0) ? cut : LONGEST);
		}
		return text;
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ') {
				i++;
				continue;
			}
			boolean excluded = c == '-' && i + 1 < text.length() && text.charAt(i + 1) != ' ';
			int start = excluded ? i + 1 : i;
			if (text.charAt(start) == '"' && text.indexOf('"', start + 1) > start + 1) {
				int end = text.indexOf('"', start + 1);
				tokens.add(new Token(text.substring(start + 1, end).strip(), true, excluded));
				i = end + 1;
				continue;
			}
			int end = text.indexOf(' ', start);
			end = (end < 0) ? text.length() : end;
			// A lone or unbalanced quote is punctuation: the analyser drops it.
			String word = text.substring(start, end).replace('"', ' ').strip();
			if (!word.isEmpty()) {
				tokens.add(new Token(word, false, excluded));
			}
			i = end;
		}
		return tokens;
	}

	/**
	 * A word or a quoted phrase as typed; the analyser decides what it matches.
	 *
	 * @param text the word or the phrase's words
	 * @param phrase whether the words must be found together, in order
	 */
	public record Part(String text, boolean phrase) {
	}

	private record Token(String text, boolean quoted, boolean excluded) {
	}

}
