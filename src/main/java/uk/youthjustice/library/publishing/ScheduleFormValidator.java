package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The schedule must be a real date and time, in the future. Past dates are reported on
 * the date, a past time on a good date on the time, so each message sits by the box to
 * change.
 */
@Component
class ScheduleFormValidator implements Validator {

	private final Clock clock;

	ScheduleFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ScheduleForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ScheduleForm form = (ScheduleForm) target;
		LocalDate day = form.date().toLocalDate().orElse(null);
		if (form.date().isBlank()) {
			errors.rejectValue("date", "publishing.schedule.date.required");
		}
		else if (day == null) {
			errors.rejectValue("date", "publishing.schedule.date.invalid");
		}
		if (form.time().isBlank()) {
			errors.rejectValue("time", "publishing.schedule.time.required");
		}
		else if (ClockTime.parse(form.time()).isEmpty()) {
			errors.rejectValue("time", "publishing.schedule.time.invalid");
		}
		if (errors.hasErrors()) {
			return;
		}
		Instant now = this.clock.instant();
		if (day.isBefore(LocalDate.ofInstant(now, ClockTime.UK))) {
			errors.rejectValue("date", "publishing.schedule.date.past");
		}
		else if (!form.toInstant().orElseThrow().isAfter(now)) {
			errors.rejectValue("time", "publishing.schedule.time.past");
		}
	}

}
