package uk.youthjustice.library.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The three boxes of a GOV.UK date input, kept as typed so a form with a mistake shows
 * back exactly what the person entered.
 *
 * @param day the day of the month, as typed
 * @param month the month number, as typed
 * @param year the four-digit year, as typed
 */
public record DateInput(String day, String month, String year) {

	public static final DateInput EMPTY = new DateInput("", "", "");

	public static DateInput of(LocalDate date) {
		if (date == null) {
			return EMPTY;
		}
		return new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getYear()));
	}

	/** Whether nothing was typed in any box. */
	public boolean isBlank() {
		return isBlank(this.day) && isBlank(this.month) && isBlank(this.year);
	}

	/**
	 * The date, when all three boxes hold a real date with a four-digit year; empty when
	 * the input is blank or not a date ({@link #isBlank()} tells the two apart).
	 */
	public Optional<LocalDate> toLocalDate() {
		try {
			int y = Integer.parseInt(strip(this.year));
			if (y < 1000 || y > 9999) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(y, Integer.parseInt(strip(this.month)), Integer.parseInt(strip(this.day))));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String strip(String part) {
		return (part != null) ? part.strip() : "";
	}

	private static boolean isBlank(String part) {
		return part == null || part.isBlank();
	}

}
