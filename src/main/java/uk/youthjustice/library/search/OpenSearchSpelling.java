package uk.youthjustice.library.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@link Spelling} with OpenSearch's term suggester, in one search of the index for all
 * the searched words: a count per word of the documents holding it in titles or
 * summaries, and per word and field the closest spellings. The suggester runs Lucene's
 * DirectSpellChecker with {@code LuceneLevenshteinDistance} (its
 * {@code damerau_levenshtein}), as {@link LuceneSpelling} measures similarity, and ranks
 * by similarity then frequency. Both fields are asked at up to the edits allowed; for
 * words of four or more letters a spelling one edit away is always more similar than one
 * two edits away, so a field's best is a one-edit spelling whenever it has one, and the
 * number of edits decides between the fields before their order does.
 */
final class OpenSearchSpelling implements Spelling {

	/** Closest spellings the suggester returns per word and field. */
	private static final int OPTIONS = 5;

	private final OpenSearchIndex index;

	OpenSearchSpelling(OpenSearchIndex index) {
		this.index = index;
	}

	@Override
	public String correct(String words, int maxEdits) {
		List<String> checked = checkedWords(words);
		if (checked.isEmpty()) {
			return null;
		}
		Map<String, String> corrections = corrections(this.index.search(request(checked, maxEdits)), checked);
		return corrections.isEmpty() ? null : Spelling.replace(words, corrections::get);
	}

	/** The distinct words of four or more letters, in lower case. */
	static List<String> checkedWords(String words) {
		Set<String> checked = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(words);
		while (matcher.find()) {
			checked.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return List.copyOf(checked);
	}

	/**
	 * A search that returns no hits: for the word numbered {@code i}, an aggregation
	 * {@code known-i} counting the documents that hold it in either field, and a
	 * suggester {@code i-<field>} per field, of spellings up to {@code maxEdits} away.
	 */
	static JsonObject request(List<String> words, int maxEdits) {
		JsonObject aggregations = new JsonObject();
		JsonObject suggest = new JsonObject();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			JsonObject match = new JsonObject();
			match.addProperty("query", word);
			match.add("fields", strings(FIELDS));
			JsonObject filter = new JsonObject();
			filter.add("filter", object("multi_match", match));
			aggregations.add(known(i), filter);
			for (String field : FIELDS) {
				JsonObject term = new JsonObject();
				term.addProperty("field", field);
				term.addProperty("suggest_mode", "always");
				term.addProperty("max_edits", maxEdits);
				term.addProperty("prefix_length", PREFIX);
				term.addProperty("min_word_length", 4);
				term.addProperty("accuracy", ACCURACY);
				term.addProperty("string_distance", "damerau_levenshtein");
				term.addProperty("sort", "score");
				term.addProperty("size", OPTIONS);
				JsonObject suggester = new JsonObject();
				suggester.addProperty("text", word);
				suggester.add("term", term);
				suggest.add(suggester(i, field), suggester);
			}
		}
		JsonObject body = new JsonObject();
		body.addProperty("size", 0);
		body.addProperty("track_total_hits", false);
		body.add("aggs", aggregations);
		body.add("suggest", suggest);
		return body;
	}

	/**
	 * The correction of each unknown word that has one, from the answer to
	 * {@link #request(List, int)}.
	 */
	static Map<String, String> corrections(JsonObject answer, List<String> words) {
		JsonObject aggregations = answer.getAsJsonObject("aggregations");
		JsonObject suggest = answer.getAsJsonObject("suggest");
		Map<String, String> corrections = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			if (aggregations.getAsJsonObject(known(i)).get("doc_count").getAsLong() > 0) {
				continue;
			}
			Option best = null;
			for (String field : FIELDS) {
				Option option = firstOption(suggest.getAsJsonArray(suggester(i, field)));
				if (option != null && (best == null || option.edits() < best.edits())) {
					best = option;
				}
			}
			if (best != null) {
				corrections.put(words.get(i), best.text());
			}
		}
		return corrections;
	}

	/** A field's most similar and commonest spelling of a word, if it has one. */
	private static Option firstOption(JsonArray entries) {
		if (entries == null || entries.size() != 1) {
			// The word is analysed into one term, or none if it is all folded away.
			return null;
		}
		JsonObject entry = entries.get(0).getAsJsonObject();
		JsonArray options = entry.getAsJsonArray("options");
		if (options.isEmpty()) {
			return null;
		}
		JsonObject option = options.get(0).getAsJsonObject();
		String text = option.get("text").getAsString();
		return new Option(text, edits(entry.get("text").getAsString(), text, option.get("score").getAsFloat()));
	}

	/**
	 * The edits between a word and a spelling whose similarity is
	 * {@code 1 - edits / longer length}, as {@code LuceneLevenshteinDistance} has it.
	 */
	static int edits(String word, String spelling, float similarity) {
		int longer = Math.max(word.codePointCount(0, word.length()), spelling.codePointCount(0, spelling.length()));
		return Math.round((1 - similarity) * longer);
	}

	private static String known(int word) {
		return "known-" + word;
	}

	private static String suggester(int word, String field) {
		return word + "-" + field;
	}

	private static JsonObject object(String name, JsonElement value) {
		JsonObject object = new JsonObject();
		object.add(name, value);
		return object;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		for (String value : values) {
			array.add(value);
		}
		return array;
	}

	private record Option(String text, int edits) {
	}

}
