package uk.youthjustice.library.exchange;

import java.util.List;

/**
 * An export that cannot be imported at all, with why: nothing of it was written.
 */
class ImportRefused extends Exception {

	private final transient List<Problem> problems;

	ImportRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	ImportRefused(Problem problem) {
		this(List.of(problem));
	}

	List<Problem> problems() {
		return this.problems;
	}

}
