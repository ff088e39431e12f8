package uk.youthjustice.library.search.analytics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * The periods editors can look back over; the last 30 days unless they choose another.
 */
enum ReportPeriod {

	LAST_7_DAYS("7-days", false), LAST_30_DAYS("30-days", false), LAST_12_MONTHS("12-months", true);

	static final ReportPeriod DEFAULT = LAST_30_DAYS;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final String parameter;

	private final boolean kept;

	ReportPeriod(String parameter, boolean kept) {
		this.parameter = parameter;
		this.kept = kept;
	}

	/** The period a query parameter names; the default for anything else. */
	static ReportPeriod fromParameter(String parameter) {
		return Arrays.stream(values())
			.filter((period) -> period.parameter.equals(parameter))
			.findFirst()
			.orElse(DEFAULT);
	}

	/** The value of the {@code period} query parameter. */
	public String getParameter() {
		return this.parameter;
	}

	/**
	 * Whether the period's report is kept for a while rather than worked out for every
	 * request: a year of searches takes about a second to count (docs/operations.md).
	 */
	public boolean isKept() {
		return this.kept;
	}

	/** The key of the message naming the period. */
	public String getMessageKey() {
		return "search-analytics.period." + this.parameter;
	}

	/** When the period starts, looking back from {@code now}. */
	Instant since(Instant now) {
		ZonedDateTime here = now.atZone(LONDON);
		return switch (this) {
			case LAST_7_DAYS -> here.minusDays(7).toInstant();
			case LAST_30_DAYS -> here.minusDays(30).toInstant();
			case LAST_12_MONTHS -> here.minusMonths(12).toInstant();
		};
	}

}
