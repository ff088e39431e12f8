package uk.youthjustice.library.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.history.FieldChange.Kind;
import uk.youthjustice.library.history.FieldChange.Piece;
import uk.youthjustice.library.history.FieldChange.Piece.Type;

import static org.assertj.core.api.Assertions.assertThat;

class DifferencesTests {

	@Test
	void unchangedFieldsAreLeftOut() {
		Map<String, Object> version = fields("title", "Restorative panels", "aims", List.of("Repair harm"));
		assertThat(Differences.between(version, fields("title", "Restorative panels", "aims", List.of("Repair harm"))))
			.isEmpty();
	}

	@Test
	void aChangedShortValueShowsBeforeAndAfter() {
		List<FieldChange> changes = Differences.between(fields("title", "Old title", "region", "London"),
				fields("title", "New title", "region", "London"));
		assertThat(changes).containsExactly(FieldChange.value("title", "Old title", "New title"));
	}

	@Test
	void emptyTextBlankTextAndNothingAreTheSame() {
		assertThat(Differences.between(fields("a", null, "b", "", "c", List.of()),
				fields("a", "  ", "b", null, "c", null)))
			.isEmpty();
	}

	@Test
	void aValueAddedOrRemovedComparesWithNothing() {
		List<FieldChange> changes = Differences.between(fields("telephone", null, "email", "a@example.org"),
				fields("telephone", "020 7946 0000", "email", ""));
		assertThat(changes).containsExactly(FieldChange.value("telephone", null, "020 7946 0000"),
				FieldChange.value("email", "a@example.org", null));
	}

	@Test
	void fieldsFollowTheLaterVersionsOrderThenAnyOnlyTheEarlierHas() {
		List<FieldChange> changes = Differences.between(fields("gone", "x", "b", "1"), fields("a", "new", "b", "2"));
		assertThat(changes).extracting(FieldChange::label).containsExactly("a", "b", "gone");
	}

	@Test
	void listsShowTheEntriesAddedAndRemoved() {
		List<FieldChange> changes = Differences.between(fields("aims", List.of("Repair harm", "Reduce reoffending")),
				fields("aims", List.of("Reduce reoffending", "Involve families", "Involve victims")));
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(Kind.LIST);
			assertThat(change.added()).containsExactly("Involve families", "Involve victims");
			assertThat(change.removed()).containsExactly("Repair harm");
			assertThat(change.reordered()).isEmpty();
		});
	}

	@Test
	void aRepeatedEntryCountsEachTime() {
		List<FieldChange> changes = Differences.between(fields("steps", List.of("Meet", "Review")),
				fields("steps", List.of("Meet", "Review", "Review")));
		assertThat(changes.get(0).added()).containsExactly("Review");
		assertThat(changes.get(0).removed()).isEmpty();
	}

	@Test
	void aListInANewOrderSaysSo() {
		List<FieldChange> changes = Differences.between(fields("steps", List.of("Plan", "Meet")),
				fields("steps", List.of("Meet", "Plan")));
		assertThat(changes.get(0).reordered()).containsExactly("Meet", "Plan");
		assertThat(changes.get(0).added()).isEmpty();
	}

	@Test
	void aListFromNothingIsAllAdded() {
		List<FieldChange> changes = Differences.between(fields("topics", null), fields("topics", List.of("Custody")));
		assertThat(changes.get(0).added()).containsExactly("Custody");
	}

	@Test
	void longTextIsComparedWordByWord() {
		String before = "Young people meet the person they harmed.\nA trained facilitator leads every meeting.";
		String after = "Children meet the person they harmed.\nA trained facilitator leads every meeting.";
		List<FieldChange> changes = Differences.between(fields("description", before), fields("description", after));
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(Kind.TEXT);
			assertThat(change.pieces()).containsExactly(new Piece(Type.REMOVED, "Young people "),
					new Piece(Type.ADDED, "Children "),
					new Piece(Type.SAME, "meet the person they harmed.\nA trained facilitator leads every meeting."));
		});
	}

	@Test
	void theWholeTextIsTheBeforeWithRemovalsAndTheAfterWithAdditions() {
		String before = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
		String after = "one two three four 5 six seven eight nine ten eleven twelve thirteen fourteen sixteen extra";
		List<Piece> pieces = Differences.pieces(before, after);
		assertThat(text(pieces, Type.ADDED)).isEqualTo(before);
		assertThat(text(pieces, Type.REMOVED)).isEqualTo(after);
	}

	@Test
	void unchangedTextFarFromAChangeIsLeftOut() {
		String start = "word ".repeat(100);
		String end = " tail".repeat(100);
		List<Piece> pieces = Differences.pieces(start + "middle" + end, start + "centre" + end);
		assertThat(pieces).extracting(Piece::type)
			.containsExactly(Type.OMITTED, Type.SAME, Type.REMOVED, Type.ADDED, Type.SAME, Type.OMITTED);
		assertThat(pieces.get(1).text()).isEqualTo("word ".repeat(Differences.CONTEXT_WORDS));
		assertThat(pieces.get(4).text()).isEqualTo(" tail".repeat(Differences.CONTEXT_WORDS));
	}

	@Test
	void unchangedTextBetweenTwoDistantChangesKeepsContextBothSides() {
		String middle = " same".repeat(100) + " ";
		List<Piece> pieces = Differences.pieces("first" + middle + "last", "1st" + middle + "final");
		assertThat(pieces).extracting(Piece::type)
			.containsExactly(Type.REMOVED, Type.ADDED, Type.SAME, Type.OMITTED, Type.SAME, Type.REMOVED, Type.ADDED);
	}

	@Test
	void shortTextGainingALineBreakIsComparedAsText() {
		List<FieldChange> changes = Differences.between(fields("summary", "One line"),
				fields("summary", "One line\nTwo lines"));
		assertThat(changes.get(0).kind()).isEqualTo(Kind.TEXT);
		assertThat(changes.get(0).pieces()).containsExactly(new Piece(Type.SAME, "One line"),
				new Piece(Type.ADDED, "\nTwo lines"));
	}

	@Test
	void longTextFromNothingIsAllAdded() {
		String after = "A description long enough to be compared word by word rather than as a value, which it is.";
		List<FieldChange> changes = Differences.between(fields("description", null), fields("description", after));
		assertThat(changes.get(0).pieces()).containsExactly(new Piece(Type.ADDED, after));
	}

	@Test
	void windowsLineEndingsAreNotAChange() {
		assertThat(
				Differences.between(fields("description", "First\r\nSecond"), fields("description", "First\nSecond")))
			.isEmpty();
	}

	private static String text(List<Piece> pieces, Type left) {
		StringBuilder text = new StringBuilder();
		pieces.stream().filter((piece) -> piece.type() != left).forEach((piece) -> text.append(piece.text()));
		return text.toString();
	}

	private static Map<String, Object> fields(Object... labelsAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < labelsAndValues.length; i += 2) {
			fields.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
		}
		return fields;
	}

}
