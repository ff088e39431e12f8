package uk.youthjustice.library.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddAnotherTests {

	private final List<String> aims = new ArrayList<>(List.of("First", "Second"));

	private final Map<String, List<String>> lists = Map.of("aims", this.aims);

	@Test
	void tellsListEditsFromSaves() {
		assertThat(AddAnother.isListEdit("aims", null)).isTrue();
		assertThat(AddAnother.isListEdit(null, "aims:0")).isTrue();
		assertThat(AddAnother.isListEdit(null, null)).isFalse();
	}

	@Test
	void addsAnEmptyItem() {
		AddAnother.apply("aims", null, this.lists::get);
		assertThat(this.aims).containsExactly("First", "Second", "");
	}

	@Test
	void anEmptyListShowsTwoBoxesAfterAdd() {
		List<String> empty = new ArrayList<>();
		AddAnother.apply("steps", null, Map.of("steps", empty)::get);
		assertThat(empty).containsExactly("", "");
	}

	@Test
	void removesTheNamedItem() {
		AddAnother.apply(null, "aims:0", this.lists::get);
		assertThat(this.aims).containsExactly("Second");
	}

	@Test
	void ignoresUnknownListsAndBadIndexes() {
		for (String remove : List.of("aims:9", "aims:-1", "aims:x", "other:0", ":0", "aims")) {
			AddAnother.apply("other", remove, this.lists::get);
		}
		assertThat(this.aims).containsExactly("First", "Second");
	}

	@Test
	void stopsGrowingAtTheLimit() {
		for (int i = 0; i < AddAnother.MAXIMUM_ITEMS + 5; i++) {
			AddAnother.apply("aims", null, this.lists::get);
		}
		assertThat(this.aims).hasSize(AddAnother.MAXIMUM_ITEMS);
	}

	@Test
	void keepsOnlyItemsWithText() {
		assertThat(AddAnother.kept(List.of(" One ", "", "   ", "Two"))).containsExactly("One", "Two");
		assertThat(AddAnother.kept(null)).isEmpty();
	}

}
