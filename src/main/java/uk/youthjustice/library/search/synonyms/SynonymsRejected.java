package uk.youthjustice.library.search.synonyms;

import java.util.List;

/** Synonyms that were not saved, and why. */
public class SynonymsRejected extends RuntimeException {

	private final transient List<SynonymProblem> problems;

	SynonymsRejected(List<SynonymProblem> problems) {
		super(problems.size() + " problem(s), first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<SynonymProblem> problems() {
		return this.problems;
	}

}
