package uk.youthjustice.library.publishing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as editors type it. GOV.UK's guidance is to accept the forms people use,
 * so "9am", "9:30am", "9.30 pm", "14:30", "midday" and "midnight" are all understood;
 * "14" alone is not, since it might be a typo.
 */
final class ClockTime {

	/** Editors schedule in UK time, whatever the server's zone. */
	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(am|pm)?");

	/** Longer than any way of writing a time, so nothing longer is parsed. */
	static final int MAX_LENGTH = 20;

	private ClockTime() {
	}

	static Optional<LocalTime> parse(String text) {
		if (text == null || text.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String time = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace(" ", "")
			.replace("a.m.", "am")
			.replace("p.m.", "pm");
		if (time.equals("midday") || time.equals("noon") || time.equals("12noon")) {
			return Optional.of(LocalTime.NOON);
		}
		if (time.equals("midnight") || time.equals("12midnight")) {
			return Optional.of(LocalTime.MIDNIGHT);
		}
		Matcher matcher = TIME.matcher(time);
		if (!matcher.matches() || matcher.group(2) == null && matcher.group(3) == null) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		if (matcher.group(3) != null) {
			if (hour < 1 || hour > 12) {
				return Optional.empty();
			}
			hour = (hour % 12) + (matcher.group(3).equals("pm") ? 12 : 0);
		}
		if (hour > 23 || minute > 59) {
			return Optional.empty();
		}
		return Optional.of(LocalTime.of(hour, minute));
	}

}
