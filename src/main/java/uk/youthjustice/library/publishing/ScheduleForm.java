package uk.youthjustice.library.publishing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import uk.youthjustice.library.system.DateInput;

/**
 * When to publish, as typed: a GOV.UK date input and a time, both UK time. Checked by
 * {@link ScheduleFormValidator}.
 *
 * @param date the day, month and year
 * @param time the time of day, such as "9:30am" or "14:30"
 */
record ScheduleForm(DateInput date, String time) {

	ScheduleForm {
		date = (date != null) ? date : DateInput.EMPTY;
		time = (time != null) ? time : "";
	}

	static ScheduleForm empty() {
		return new ScheduleForm(DateInput.EMPTY, "");
	}

	/** The form showing a time already chosen, or empty. */
	static ScheduleForm of(Instant at) {
		if (at == null) {
			return empty();
		}
		ZonedDateTime local = at.atZone(ClockTime.UK);
		return new ScheduleForm(DateInput.of(local.toLocalDate()),
				String.format("%d:%02d", local.getHour(), local.getMinute()));
	}

	/**
	 * The moment the date and time name in the UK. In the hour the clocks go forward the
	 * time is moved on an hour; in the hour they go back, the earlier of the two is
	 * meant.
	 */
	Optional<Instant> toInstant() {
		return this.date.toLocalDate()
			.flatMap((day) -> ClockTime.parse(this.time).map((clock) -> LocalDateTime.of(day, clock)))
			.map((local) -> local.atZone(ClockTime.UK).toInstant());
	}

}
