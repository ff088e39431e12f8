package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

/** Times as editors type them, and the rules for a schedule. */
class ScheduleFormTests {

	/** 1 June 2026, 1pm in London (British Summer Time). */
	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final ScheduleFormValidator validator = new ScheduleFormValidator(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void timesAreReadTheWaysPeopleWriteThem() {
		assertThat(ClockTime.parse("9am")).hasValue(LocalTime.of(9, 0));
		assertThat(ClockTime.parse("9:30am")).hasValue(LocalTime.of(9, 30));
		assertThat(ClockTime.parse(" 9.30 PM ")).hasValue(LocalTime.of(21, 30));
		assertThat(ClockTime.parse("09:05")).hasValue(LocalTime.of(9, 5));
		assertThat(ClockTime.parse("14:30")).hasValue(LocalTime.of(14, 30));
		assertThat(ClockTime.parse("0:00")).hasValue(LocalTime.MIDNIGHT);
		assertThat(ClockTime.parse("12am")).hasValue(LocalTime.MIDNIGHT);
		assertThat(ClockTime.parse("12pm")).hasValue(LocalTime.NOON);
		assertThat(ClockTime.parse("12:15pm")).hasValue(LocalTime.of(12, 15));
		assertThat(ClockTime.parse("Midday")).hasValue(LocalTime.NOON);
		assertThat(ClockTime.parse("midnight")).hasValue(LocalTime.MIDNIGHT);
		assertThat(ClockTime.parse("9 a.m.")).hasValue(LocalTime.of(9, 0));
	}

	@Test
	void impossibleOrAmbiguousTimesAreRefused() {
		assertThat(ClockTime.parse("14")).isEmpty();
		assertThat(ClockTime.parse("25:00")).isEmpty();
		assertThat(ClockTime.parse("12:60")).isEmpty();
		assertThat(ClockTime.parse("13pm")).isEmpty();
		assertThat(ClockTime.parse("0am")).isEmpty();
		assertThat(ClockTime.parse("9:3")).isEmpty();
		assertThat(ClockTime.parse("nine")).isEmpty();
		assertThat(ClockTime.parse("<script>")).isEmpty();
		assertThat(ClockTime.parse("9" + " ".repeat(30) + "am")).isEmpty();
		assertThat(ClockTime.parse(null)).isEmpty();
	}

	@Test
	void theScheduleIsUkTimeInSummerAndWinter() {
		assertThat(form("3", "3", "2027", "9:00am").toInstant()).hasValue(Instant.parse("2027-03-03T09:00:00Z"));
		assertThat(form("1", "7", "2027", "9:00am").toInstant()).hasValue(Instant.parse("2027-07-01T08:00:00Z"));
	}

	@Test
	void aChosenTimeIsShownBackInUkTime() {
		ScheduleForm form = ScheduleForm.of(Instant.parse("2027-07-01T08:05:00Z"));

		assertThat(form.date()).isEqualTo(new DateInput("1", "7", "2027"));
		assertThat(form.time()).isEqualTo("9:05");
		assertThat(ScheduleForm.of(null)).isEqualTo(ScheduleForm.empty());
	}

	@Test
	void missingPartsAreMissingNotNull() {
		ScheduleForm form = new ScheduleForm(null, null);

		assertThat(form.date()).isEqualTo(DateInput.EMPTY);
		assertThat(form.time()).isEmpty();
	}

	@Test
	void blankDateAndTimeAreEachAskedFor() {
		assertThat(errors(form("", "", "", " "))).containsExactly("date:publishing.schedule.date.required",
				"time:publishing.schedule.time.required");
	}

	@Test
	void datesThatDoNotExistAndBadTimesAreRefused() {
		assertThat(errors(form("31", "2", "2027", "9am"))).containsExactly("date:publishing.schedule.date.invalid");
		assertThat(errors(form("1", "13", "2027", "9am"))).containsExactly("date:publishing.schedule.date.invalid");
		assertThat(errors(form("1", "1", "27", "9am"))).containsExactly("date:publishing.schedule.date.invalid");
		assertThat(errors(form("x", "1", "2027", "9am"))).containsExactly("date:publishing.schedule.date.invalid");
		assertThat(errors(form("1", "1", "2027", "25:00"))).containsExactly("time:publishing.schedule.time.invalid");
	}

	@Test
	void thePastIsRefusedOnTheDateOrOnTheTime() {
		assertThat(errors(form("31", "5", "2026", "11pm"))).containsExactly("date:publishing.schedule.date.past");
		// 1pm in London is now.
		assertThat(errors(form("1", "6", "2026", "1pm"))).containsExactly("time:publishing.schedule.time.past");
		assertThat(errors(form("1", "6", "2026", "12:59"))).containsExactly("time:publishing.schedule.time.past");
		assertThat(errors(form("1", "6", "2026", "1:01pm"))).isEmpty();
		assertThat(errors(form("2", "6", "2026", "9am"))).isEmpty();
	}

	private static ScheduleForm form(String day, String month, String year, String time) {
		return new ScheduleForm(new DateInput(day, month, year), time);
	}

	private java.util.List<String> errors(ScheduleForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "scheduleForm");
		this.validator.validate(form, errors);
		return errors.getFieldErrors().stream().map((error) -> error.getField() + ":" + error.getCode()).toList();
	}

}
