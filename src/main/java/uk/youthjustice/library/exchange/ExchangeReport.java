package uk.youthjustice.library.exchange;

import java.util.List;

/**
 * What an import did, or would do: per kind of item, what was created, what was skipped
 * as already present, what was refused and why; and when the whole run was refused, the
 * problems. A refused run wrote nothing.
 *
 * @param outcome whether it was imported, only checked, or refused
 * @param problems why the whole run was refused (empty otherwise)
 * @param sections one per kind of item, in the manifest's order; empty when the export
 * could not be read at all
 */
public record ExchangeReport(Outcome outcome, List<Problem> problems, List<Section> sections) {

	static ExchangeReport refused(List<Problem> problems) {
		return new ExchangeReport(Outcome.REFUSED, problems, List.of());
	}

	public boolean imported() {
		return this.outcome == Outcome.IMPORTED;
	}

	public int created() {
		return this.sections.stream().mapToInt((section) -> section.created().size()).sum();
	}

	/** How an import run ended. */
	public enum Outcome {

		/** Everything in the report was written. */
		IMPORTED,

		/** Only checked, as asked: nothing was written, and the import would succeed. */
		CHECKED,

		/** Nothing was written, for the problems given. */
		REFUSED

	}

	/**
	 * One kind of item.
	 *
	 * @param kind the kind: categories, topics, evidence-labels, contact-cards, users,
	 * resources or files (a message code suffix)
	 * @param created the items created (or that would be), by name
	 * @param skipped the items already present, left as they are
	 * @param refused the items that could not be imported, with why
	 */
	public record Section(String kind, List<String> created, List<String> skipped, List<Refusal> refused) {

		public boolean isEmpty() {
			return this.created.isEmpty() && this.skipped.isEmpty() && this.refused.isEmpty();
		}

	}

	/**
	 * An item that could not be imported.
	 *
	 * @param item its name
	 * @param reason why
	 */
	public record Refusal(String item, Problem reason) {
	}

}
