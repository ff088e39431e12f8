package uk.youthjustice.library.benchmark;

/**
 * One headline figure of a benchmark, as a row of the summary table at the top of
 * docs/benchmarks.md. Values are already formatted: each benchmark knows its own units.
 *
 * @param name what was measured
 * @param value the median over the run's repetitions
 * @param baseline the baseline measured in the same run, or a dash
 * @param ratio value against baseline from the same repetitions, or a dash
 * @param target the target, or a dash
 * @param met whether the target was met
 */
record Figure(String name, String value, String baseline, String ratio, String target, Met met) {

	/** A figure with no baseline and no target: reported for information. */
	static Figure reported(String name, String value) {
		return new Figure(name, value, Figure.NONE, Figure.NONE, Figure.NONE, Met.NOT_APPLICABLE);
	}

	/** A figure with a target and no baseline. */
	static Figure targeted(String name, String value, String target, boolean met) {
		return new Figure(name, value, Figure.NONE, Figure.NONE, target, Met.of(met));
	}

	/** What the table shows where there is nothing to show. */
	static final String NONE = "—";

	/** Whether a figure met its target. */
	enum Met {

		YES("met"), NO("**missed**"), NOT_APPLICABLE("—");

		private final String text;

		Met(String text) {
			this.text = text;
		}

		static Met of(boolean met) {
			return met ? YES : NO;
		}

		String text() {
			return this.text;
		}

	}

}
