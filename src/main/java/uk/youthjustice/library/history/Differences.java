package uk.youthjustice.library.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import uk.youthjustice.library.history.FieldChange.Piece;
import uk.youthjustice.library.history.FieldChange.Piece.Type;

/**
 * Field-by-field differences between two versions of anything, each given as an ordered
 * map of field label to value. A value is text, a collection of text, or {@code null};
 * empty text, blank text and an empty collection count as no value. Every kind of item
 * with a history (resources, contact cards, taxonomy terms) goes through here.
 */
final class Differences {

	/**
	 * Text longer than this, or on more than one line, is compared word by word rather
	 * than shown whole twice.
	 */
	static final int LONG_TEXT = 80;

	/**
	 * Unchanged words kept either side of a change in long text; the rest is left out.
	 */
	static final int CONTEXT_WORDS = 12;

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private Differences() {
	}

	/**
	 * The fields whose values differ, in the order of {@code after}'s labels followed by
	 * any only {@code before} has.
	 */
	static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
		Set<String> labels = new LinkedHashSet<>(after.keySet());
		labels.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String label : labels) {
			Object earlier = before.get(label);
			Object later = after.get(label);
			if (earlier instanceof Collection<?> || later instanceof Collection<?>) {
				compareLists(label, entries(earlier), entries(later), changes);
			}
			else {
				compareText(label, text(earlier), text(later), changes);
			}
		}
		return List.copyOf(changes);
	}

	private static void compareText(String label, String before, String after, List<FieldChange> changes) {
		if (Objects.equals(before, after)) {
			return;
		}
		if (isLong(before) || isLong(after)) {
			changes.add(FieldChange.text(label, pieces(before, after)));
		}
		else {
			changes.add(FieldChange.value(label, before, after));
		}
	}

	private static void compareLists(String label, List<String> before, List<String> after, List<FieldChange> changes) {
		if (before.equals(after)) {
			return;
		}
		List<String> added = minus(after, before);
		List<String> removed = minus(before, after);
		List<String> reordered = (added.isEmpty() && removed.isEmpty()) ? after : List.of();
		changes.add(FieldChange.list(label, added, removed, reordered));
	}

	/** The entries of one list not matched by an equal entry of the other, in order. */
	private static List<String> minus(List<String> list, List<String> other) {
		List<String> remaining = new ArrayList<>(other);
		List<String> result = new ArrayList<>();
		for (String entry : list) {
			if (!remaining.remove(entry)) {
				result.add(entry);
			}
		}
		return List.copyOf(result);
	}

	/** Long text as pieces: unchanged, removed and added words in reading order. */
	static List<Piece> pieces(String before, String after) {
		List<String> source = tokens(before);
		List<String> target = tokens(after);
		List<Piece> tokens = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
			int start = delta.getSource().getPosition();
			source.subList(position, start).forEach((token) -> tokens.add(new Piece(Type.SAME, token)));
			delta.getSource().getLines().forEach((token) -> tokens.add(new Piece(Type.REMOVED, token)));
			delta.getTarget().getLines().forEach((token) -> tokens.add(new Piece(Type.ADDED, token)));
			position = start + delta.getSource().size();
		}
		source.subList(position, source.size()).forEach((token) -> tokens.add(new Piece(Type.SAME, token)));
		return join(trimmed(grouped(tokens)));
	}

	/**
	 * Reads better: a space between two changed words joins the change, and within a run
	 * of changes everything removed comes before everything added ("old words" then "new
	 * words", rather than old, new, old, new).
	 */
	private static List<Piece> grouped(List<Piece> tokens) {
		List<Piece> result = new ArrayList<>();
		List<Piece> added = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Piece token = tokens.get(i);
			boolean spaceInChange = token.isSame() && token.text().isBlank() && i > 0 && i < tokens.size() - 1
					&& !tokens.get(i - 1).isSame() && !tokens.get(i + 1).isSame();
			if (spaceInChange) {
				result.add(new Piece(Type.REMOVED, token.text()));
				added.add(new Piece(Type.ADDED, token.text()));
			}
			else if (token.isAdded()) {
				added.add(token);
			}
			else if (token.isRemoved()) {
				result.add(token);
			}
			else {
				result.addAll(added);
				added.clear();
				result.add(token);
			}
		}
		result.addAll(added);
		return result;
	}

	/** Keeps {@link #CONTEXT_WORDS} unchanged words either side of each change. */
	private static List<Piece> trimmed(List<Piece> tokens) {
		int context = CONTEXT_WORDS * 2;
		List<Piece> result = new ArrayList<>();
		int index = 0;
		while (index < tokens.size()) {
			int end = index;
			while (end < tokens.size() && tokens.get(end).isSame()) {
				end++;
			}
			if (end == index) {
				result.add(tokens.get(index++));
				continue;
			}
			List<Piece> run = tokens.subList(index, end);
			int keepBefore = (index == 0) ? 0 : context;
			int keepAfter = (end == tokens.size()) ? 0 : context;
			if (run.size() > keepBefore + keepAfter + 1) {
				result.addAll(run.subList(0, keepBefore));
				result.add(new Piece(Type.OMITTED, ""));
				result.addAll(run.subList(run.size() - keepAfter, run.size()));
			}
			else {
				result.addAll(run);
			}
			index = end;
		}
		return result;
	}

	/** Joins neighbouring pieces of the same type into one. */
	private static List<Piece> join(List<Piece> tokens) {
		List<Piece> pieces = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		Type type = null;
		for (Piece token : tokens) {
			if (token.type() != type && type != null) {
				pieces.add(new Piece(type, text.toString()));
				text.setLength(0);
			}
			type = token.type();
			text.append(token.text());
		}
		if (type != null) {
			pieces.add(new Piece(type, text.toString()));
		}
		return List.copyOf(pieces);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher matcher = TOKEN.matcher(text);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
		}
		return tokens;
	}

	private static boolean isLong(String text) {
		return text != null && (text.length() > LONG_TEXT || text.indexOf('\n') >= 0);
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().replace("\r\n", "\n").strip();
		return text.isEmpty() ? null : text;
	}

	private static List<String> entries(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(Differences::text).filter(Objects::nonNull).toList();
		}
		String text = text(value);
		return (text != null) ? List.of(text) : List.of();
	}

}
