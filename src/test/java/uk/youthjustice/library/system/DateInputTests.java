package uk.youthjustice.library.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTests {

	@Test
	void readsARealDate() {
		assertThat(new DateInput(" 7", "3 ", "2026").toLocalDate()).contains(LocalDate.of(2026, 3, 7));
	}

	@Test
	void roundTripsADate() {
		assertThat(DateInput.of(LocalDate.of(2025, 12, 31)).toLocalDate()).contains(LocalDate.of(2025, 12, 31));
	}

	@Test
	void refusesImpossibleDatesAndShortYears() {
		assertThat(new DateInput("31", "2", "2026").toLocalDate()).isEmpty();
		assertThat(new DateInput("1", "13", "2026").toLocalDate()).isEmpty();
		assertThat(new DateInput("1", "1", "26").toLocalDate()).isEmpty();
		assertThat(new DateInput("x", "1", "2026").toLocalDate()).isEmpty();
	}

	@Test
	void tellsBlankFromWrong() {
		assertThat(DateInput.EMPTY.isBlank()).isTrue();
		assertThat(DateInput.of(null).isBlank()).isTrue();
		assertThat(new DateInput("", "", "2026").isBlank()).isFalse();
	}

}
