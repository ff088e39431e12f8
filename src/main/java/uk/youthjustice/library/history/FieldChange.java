package uk.youthjustice.library.history;

import java.util.List;

/**
 * How one field differs between two versions. Which parts are filled depends on the kind:
 * a short value shows {@code before} and {@code after}; long text shows {@code pieces}
 * (the text with what was removed and added marked); a list shows the entries
 * {@code added} and {@code removed}, or {@code reordered} when only the order changed.
 *
 * @param label the field's message key
 * @param kind how to show the difference
 * @param before the earlier value, or {@code null} when it was empty
 * @param after the later value, or {@code null} when it is empty
 * @param pieces long text, piece by piece
 * @param added list entries only in the later version
 * @param removed list entries only in the earlier version
 * @param reordered the later order, when the entries are the same but their order is not
 */
public record FieldChange(String label, Kind kind, String before, String after, List<Piece> pieces, List<String> added,
		List<String> removed, List<String> reordered) {

	/** How a difference is shown. */
	public enum Kind {

		/** A short value: before and after, side by side. */
		VALUE,

		/** Long text: one text with removals and additions marked in place. */
		TEXT,

		/** A list: the entries added and removed. */
		LIST

	}

	/**
	 * A stretch of long text.
	 *
	 * @param type whether it is in both versions, only the earlier, only the later, or
	 * left out
	 * @param text the words, with their spaces and line breaks
	 */
	public record Piece(Type type, String text) {

		/** Where a stretch of text comes from. */
		public enum Type {

			SAME, REMOVED, ADDED,

			/** Unchanged text far from any change, left out to keep the page short. */
			OMITTED

		}

		public boolean isSame() {
			return this.type == Type.SAME;
		}

		public boolean isRemoved() {
			return this.type == Type.REMOVED;
		}

		public boolean isAdded() {
			return this.type == Type.ADDED;
		}

		public boolean isOmitted() {
			return this.type == Type.OMITTED;
		}

	}

	static FieldChange value(String label, String before, String after) {
		return new FieldChange(label, Kind.VALUE, before, after, List.of(), List.of(), List.of(), List.of());
	}

	static FieldChange text(String label, List<Piece> pieces) {
		return new FieldChange(label, Kind.TEXT, null, null, pieces, List.of(), List.of(), List.of());
	}

	static FieldChange list(String label, List<String> added, List<String> removed, List<String> reordered) {
		return new FieldChange(label, Kind.LIST, null, null, List.of(), added, removed, reordered);
	}

}
