package uk.youthjustice.library.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the admin page and the command use for progress, outcomes and sizes. */
class IndexTextsTests {

	private static final Locale UK = Locale.UK;

	private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

	private final IndexTexts texts = new IndexTexts(messages());

	@Test
	void progressSaysHowFarAndAboutHowLongIsLeft() {
		RebuildProgress progress = new RebuildProgress(12_300, 100_000, START, Duration.ofSeconds(20), 1_000,
				Duration.ofSeconds(115));
		assertThat(this.texts.progress(progress, UK))
			.isEqualTo("12,300 of 100,000 resources (12%) \u2014 about 2 minutes left");
		assertThat(ReindexCommand.line(progress))
			.isEqualTo("Indexed 12,300 of 100,000 resources (12%), 1,000/s, about 115 s left");
	}

	@Test
	void beforeTheCountOrTheFirstSecondTheTimeLeftIsNotGuessed() {
		RebuildProgress counting = new RebuildProgress(0, -1, START, Duration.ofMillis(200), 0, null);
		assertThat(this.texts.progress(counting, UK)).isEqualTo("Counting the resources to index");
		assertThat(ReindexCommand.line(counting)).isEqualTo("Counting the resources to index...");
		RebuildProgress early = new RebuildProgress(10, 100, START, Duration.ofMillis(900), 0, null);
		assertThat(this.texts.progress(early, UK))
			.isEqualTo("10 of 100 resources (10%) \u2014 working out how long is left");
		assertThat(ReindexCommand.line(early)).isEqualTo("Indexed 10 of 100 resources (10%)");
	}

	@Test
	void timesLeftAreRoundedAsPeopleSayThem() {
		assertThat(this.texts.approximately(Duration.ofSeconds(2), UK)).isEqualTo("5 seconds");
		assertThat(this.texts.approximately(Duration.ofSeconds(43), UK)).isEqualTo("45 seconds");
		assertThat(this.texts.approximately(Duration.ofSeconds(61), UK)).isEqualTo("1 minute");
		assertThat(this.texts.approximately(Duration.ofMinutes(100), UK)).isEqualTo("1 hour 40 minutes");
	}

	@Test
	void durationsAndSizes() {
		assertThat(this.texts.duration(Duration.ofMillis(400), UK)).isEqualTo("less than a second");
		assertThat(this.texts.duration(Duration.ofSeconds(1), UK)).isEqualTo("1 second");
		assertThat(this.texts.duration(Duration.ofSeconds(63), UK)).isEqualTo("1 minute 3 seconds");
		assertThat(this.texts.duration(Duration.ofSeconds(120), UK)).isEqualTo("2 minutes");
		assertThat(this.texts.duration(Duration.ofMinutes(125), UK)).isEqualTo("2 hours 5 minutes");
		assertThat(this.texts.size(900, UK)).isEqualTo("1 KB");
		assertThat(this.texts.size(12_900_000, UK)).isEqualTo("12.3 MB");
		assertThat(this.texts.size(3L * 1024 * 1024 * 1024, UK)).isEqualTo("3.00 GB");
	}

	@Test
	void outcomes() {
		Instant end = START.plusSeconds(12);
		assertThat(this.texts.outcome(
				new RebuildOutcome(RebuildReason.REQUESTED, "a@example.org", START, end, 1_234, 1_234, 0, null), UK))
			.isEqualTo("Finished: 1,234 resources indexed in 12 seconds.");
		assertThat(this.texts
			.outcome(new RebuildOutcome(RebuildReason.COMMAND, null, START, end, 1_230, 1_234, 4, null), UK)).isEqualTo(
					"Finished in 12 seconds, with 1,230 resources indexed, but 4 could not be indexed. The log says why.");
		RebuildOutcome failed = new RebuildOutcome(RebuildReason.MISSING, null, START, end, 0, -1, 0, "Lock held");
		assertThat(this.texts.outcome(failed, UK)).isEqualTo("Failed after 12 seconds: Lock held");
		assertThat(this.texts
			.reason(new RebuildOutcome(RebuildReason.REQUESTED, "a@example.org", START, end, 0, 0, 0, null), UK))
			.isEqualTo("Started by a@example.org.");
		assertThat(this.texts.reason(failed, UK)).startsWith("Started by the library: there was no index");
	}

	@Test
	void theCommandSaysHowLongTheWholeRebuildTook() {
		RebuildOutcome outcome = new RebuildOutcome(RebuildReason.COMMAND, null, START, START.plusMillis(3_250), 30, 30,
				0, null);
		assertThat(ReindexCommand.finished(outcome)).isEqualTo("Indexed 30 of 30 resources in 3.3 s (9/s).");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/search-index");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
