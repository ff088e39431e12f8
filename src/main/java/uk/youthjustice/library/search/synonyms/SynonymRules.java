package uk.youthjustice.library.search.synonyms;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Reads synonyms in Solr's format: checks what an editor typed line by line, so that each
 * problem can name its line in words an editor understands, and turns checked text into
 * the map the indexing analyzer applies. Groups ({@code a, b, c}) expand every way;
 * explicit mappings ({@code a, b => c}) are allowed, as Solr allows them.
 */
final class SynonymRules {

	static final int MOST_LINES = 2_000;

	static final int MOST_CHARACTERS = 100_000;

	/** More problems than this are counted, not listed. */
	static final int MOST_PROBLEMS_LISTED = 10;

	private static final String MAPPING = "=>";

	private SynonymRules() {
	}

	/** Every problem with the text, at most {@link #MOST_PROBLEMS_LISTED} of them. */
	static List<SynonymProblem> check(String body) {
		if (body.length() > MOST_CHARACTERS) {
			return List.of(new SynonymProblem(0, "synonyms.error.too-long", MOST_CHARACTERS));
		}
		List<String> lines = body.lines().toList();
		if (lines.size() > MOST_LINES) {
			return List.of(new SynonymProblem(0, "synonyms.error.too-many-lines", MOST_LINES));
		}
		List<SynonymProblem> problems = new ArrayList<>();
		int more = 0;
		try (Analyzer analyzer = EnglishAnalysis.synonymRules()) {
			for (int number = 1; number <= lines.size(); number++) {
				SynonymProblem problem = checkLine(number, lines.get(number - 1), analyzer);
				if (problem == null) {
					continue;
				}
				if (problems.size() < MOST_PROBLEMS_LISTED) {
					problems.add(problem);
				}
				else {
					more++;
				}
			}
		}
		if (more > 0) {
			problems.add(new SynonymProblem(0, "synonyms.error.more", more));
		}
		return problems;
	}

	/** The map of checked text; refuses text that {@link #check} finds problems in. */
	static SynonymMap parse(String body) {
		try (Analyzer analyzer = EnglishAnalysis.synonymRules()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(new StringReader(rulesOnly(body)));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex.getCause());
		}
	}

	/**
	 * The rules without notes, blank lines or surrounding spaces; Solr would otherwise
	 * take an indented note for a rule.
	 */
	private static String rulesOnly(String body) {
		StringBuilder rules = new StringBuilder();
		body.lines()
			.map(String::strip)
			.filter((line) -> !isNote(line))
			.forEach((line) -> rules.append(line).append('\n'));
		return rules.toString();
	}

	private static boolean isNote(String line) {
		return line.isEmpty() || line.charAt(0) == '#';
	}

	private static SynonymProblem checkLine(int number, String text, Analyzer analyzer) {
		if (text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t')) {
			return new SynonymProblem(number, "synonyms.error.control");
		}
		String line = text.strip();
		if (isNote(line)) {
			return null;
		}
		if (line.contains("#")) {
			return new SynonymProblem(number, "synonyms.error.note");
		}
		List<String> sides = split(line, MAPPING);
		if (sides.size() > 2) {
			return new SynonymProblem(number, "synonyms.error.mapping-twice");
		}
		boolean mapping = line.contains(MAPPING);
		if (mapping && (sides.size() < 2 || sides.stream().anyMatch((side) -> terms(side).isEmpty()))) {
			return new SynonymProblem(number, "synonyms.error.mapping-side");
		}
		if (sides.stream().allMatch((side) -> terms(side).isEmpty())) {
			return new SynonymProblem(number, "synonyms.error.empty");
		}
		if (sides.stream().anyMatch((side) -> split(side, ",").stream().anyMatch(String::isBlank))) {
			return new SynonymProblem(number, "synonyms.error.extra-comma");
		}
		SolrSynonymParser reader = new SolrSynonymParser(true, true, analyzer);
		Set<String> analysed = new HashSet<>();
		for (String side : sides) {
			for (String term : terms(side)) {
				try {
					analysed.add(reader.analyze(term, new CharsRefBuilder()).toString());
				}
				catch (IllegalArgumentException ex) {
					return new SynonymProblem(number, "synonyms.error.no-words", term);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		if (!mapping && analysed.size() < 2) {
			return new SynonymProblem(number, "synonyms.error.one-term");
		}
		return unreadable(number, line, analyzer);
	}

	/** Anything Solr's parser still refuses once the checks above pass. */
	private static SynonymProblem unreadable(int number, String line, Analyzer analyzer) {
		try {
			new SolrSynonymParser(true, true, analyzer).parse(new StringReader(line));
			return null;
		}
		catch (ParseException | IllegalArgumentException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return new SynonymProblem(number, "synonyms.error.unreadable", String.valueOf(cause.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A side's terms: split at commas as Solr does, unescaped, blanks left out. */
	private static List<String> terms(String side) {
		return split(side, ",").stream()
			.map(SynonymRules::unescape)
			.map(String::strip)
			.filter((term) -> !term.isEmpty())
			.toList();
	}

	/**
	 * Splits as Solr's parser does: a backslash escapes the next character, and empty
	 * pieces are dropped.
	 */
	private static List<String> split(String text, String separator) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		int position = 0;
		while (position < text.length()) {
			if (text.startsWith(separator, position)) {
				if (!piece.isEmpty()) {
					pieces.add(piece.toString());
					piece = new StringBuilder();
				}
				position += separator.length();
				continue;
			}
			char c = text.charAt(position++);
			if (c == '\\' && position < text.length()) {
				piece.append(c);
				c = text.charAt(position++);
			}
			piece.append(c);
		}
		if (!piece.isEmpty()) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

	private static String unescape(String term) {
		StringBuilder plain = new StringBuilder();
		for (int i = 0; i < term.length(); i++) {
			char c = term.charAt(i);
			if (c == '\\' && i + 1 < term.length()) {
				c = term.charAt(++i);
			}
			plain.append(c);
		}
		return plain.toString();
	}

}
