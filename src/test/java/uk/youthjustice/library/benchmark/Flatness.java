package uk.youthjustice.library.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * Whether a figure stayed flat over a long run: its later value may exceed its earlier
 * one by no more than a share of the earlier value or a fixed amount, whichever is
 * larger. For a series of samples the earlier value is the median of the first quarter
 * and the later the median of the last quarter: medians, so that one collection or one
 * burst of connections does not decide, and quarters, so that a slow climb over the run
 * shows while the noise between neighbouring samples does not.
 *
 * @param before the earlier value
 * @param after the later value
 * @param allowed the most growth that still counts as flat
 */
record Flatness(double before, double after, double allowed) {

	/**
	 * Compares two values.
	 * @param share the growth allowed as a share of {@code before}
	 * @param floor the growth allowed however small {@code before} is
	 */
	static Flatness compare(double before, double after, double share, double floor) {
		return new Flatness(before, after, Math.max(before * share, floor));
	}

	/** Compares the first quarter of a series with its last quarter, by medians. */
	static Flatness ofSeries(List<Double> samples, double share, double floor) {
		if (samples.size() < 4) {
			throw new IllegalArgumentException("At least four samples to compare quarters: " + samples.size());
		}
		int quarter = samples.size() / 4;
		double first = TargetResults.median(samples.subList(0, quarter), Double::doubleValue);
		double last = TargetResults.median(samples.subList(samples.size() - quarter, samples.size()),
				Double::doubleValue);
		return compare(first, last, share, floor);
	}

	boolean flat() {
		return this.after - this.before <= this.allowed;
	}

	/** For example {@code 120 → 131 MiB (flat: at most +32)}. */
	String describe(String unit) {
		String units = unit.isEmpty() ? "" : " " + unit;
		return String.format(Locale.UK, "%,.0f → %,.0f%s (flat: at most +%,.0f)", this.before, this.after, units,
				this.allowed);
	}

}
