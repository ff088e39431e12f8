package uk.youthjustice.library.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.youthjustice.library.benchmark.RelevanceSet.Query;

/**
 * Scores ranked results against the relevance set: reciprocal rank of the first relevant
 * result in the top ten (so MRR@10) and nDCG@10 with gains {@code 2^grade - 1}.
 */
final class RelevanceScores {

	static final int DEPTH = 10;

	private RelevanceScores() {
	}

	/**
	 * Runs every query through a search and scores the answers.
	 * @param queries the relevance set
	 * @param search ranked slugs for a query's text, best first
	 * @return one score a query, in the set's order
	 */
	static List<Scored> score(List<Query> queries, Function<String, List<String>> search) {
		List<Scored> scored = new ArrayList<>();
		for (Query query : queries) {
			scored.add(score(query, search.apply(query.text())));
		}
		return scored;
	}

	static Scored score(Query query, List<String> ranked) {
		List<String> top = ranked.subList(0, Math.min(DEPTH, ranked.size()));
		double reciprocalRank = 0;
		double dcg = 0;
		for (int i = 0; i < top.size(); i++) {
			int grade = query.grade(top.get(i));
			if (grade > 0 && reciprocalRank == 0) {
				reciprocalRank = 1.0 / (i + 1);
			}
			dcg += gain(grade, i);
		}
		List<Integer> ideal = query.grades().values().stream().sorted(Comparator.reverseOrder()).toList();
		double idealDcg = 0;
		for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
			idealDcg += gain(ideal.get(i), i);
		}
		return new Scored(query, List.copyOf(top), reciprocalRank, dcg / idealDcg);
	}

	private static double gain(int grade, int position) {
		return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
	}

	/** Mean scores by class, in {@link RelevanceSet#CLASSES} order, then "all". */
	static Map<String, Summary> byClass(List<Scored> scored) {
		Map<String, Summary> summaries = new LinkedHashMap<>();
		for (String queryClass : RelevanceSet.CLASSES) {
			List<Scored> inClass = scored.stream().filter((s) -> s.query().queryClass().equals(queryClass)).toList();
			if (!inClass.isEmpty()) {
				summaries.put(queryClass, Summary.of(inClass));
			}
		}
		summaries.put("all", Summary.of(scored));
		return summaries;
	}

	/**
	 * One query's answer and scores.
	 *
	 * @param query the query
	 * @param top the first ten slugs returned
	 * @param reciprocalRank 1 / rank of the first relevant slug, 0 when none is in the
	 * top ten
	 * @param ndcg nDCG@10
	 */
	record Scored(Query query, List<String> top, double reciprocalRank, double ndcg) {

		/**
		 * Where the answer (a grade-2 resource) first stands, from 1; 0 if not in the top
		 * ten.
		 */
		int answerRank() {
			for (int i = 0; i < this.top.size(); i++) {
				if (this.query.grade(this.top.get(i)) == 2) {
					return i + 1;
				}
			}
			return 0;
		}

	}

	/** Means over a group of queries. */
	record Summary(int queries, double mrr, double ndcg) {

		static Summary of(List<Scored> scored) {
			return new Summary(scored.size(),
					scored.stream().mapToDouble(Scored::reciprocalRank).average().orElse(Double.NaN),
					scored.stream().mapToDouble(Scored::ndcg).average().orElse(Double.NaN));
		}

	}

}
