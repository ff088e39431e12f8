package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search relevance set: queries as practitioners type them, each with the resources
 * they would expect near the top, graded. Read from
 * {@code benchmark/relevance-queries.tsv} on the test class path.
 */
final class RelevanceSet {

	static final String RESOURCE = "/benchmark/relevance-queries.tsv";

	/** The classes, in the order reports list them. */
	static final List<String> CLASSES = List.of("keywords", "abbreviation", "misspelling", "phrase", "attachment");

	private RelevanceSet() {
	}

	static List<Query> load() {
		try (InputStream in = RelevanceSet.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Query> parse(String tsv) {
		List<Query> queries = new ArrayList<>();
		for (String line : tsv.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			if (columns.length != 4 || !CLASSES.contains(columns[1])) {
				throw new IllegalArgumentException("Not id, known class, query, judgments: " + line);
			}
			Map<String, Integer> grades = new LinkedHashMap<>();
			for (String judgment : columns[3].split(",")) {
				String[] parts = judgment.trim().split(":");
				int grade = Integer.parseInt(parts[1]);
				if (grade < 1 || grade > 2 || grades.put(parts[0], grade) != null) {
					throw new IllegalArgumentException("Grades are 1 or 2, one a slug: " + line);
				}
			}
			queries.add(new Query(columns[0], columns[1], columns[2], grades));
		}
		return queries;
	}

	/**
	 * One query.
	 *
	 * @param id a name for reports
	 * @param queryClass one of {@link #CLASSES}
	 * @param text what is typed into the search box
	 * @param grades the relevant resources' slugs, 2 for the answer, 1 for also relevant
	 */
	record Query(String id, String queryClass, String text, Map<String, Integer> grades) {

		int grade(String slug) {
			return this.grades.getOrDefault(slug, 0);
		}

	}

}
