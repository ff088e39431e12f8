package uk.youthjustice.library.search.index;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts rebuild progress, outcomes, durations and sizes into words from the search-index
 * bundle, for the admin page and its script alike.
 */
@Component
class IndexTexts {

	private static final long KILOBYTE = 1024;

	private static final long MEGABYTE = KILOBYTE * 1024;

	private static final long GIGABYTE = MEGABYTE * 1024;

	private final MessageSource messages;

	IndexTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The admin page's words for the index's state. */
	IndexPage page(IndexStatus status, Locale locale) {
		return new IndexPage(status, (status.running() != null) ? progress(status.running(), locale) : null,
				(status.sizeInBytes() >= 0) ? size(status.sizeInBytes(), locale) : null,
				(status.last() != null) ? outcome(status.last(), locale) : null,
				(status.last() != null) ? reason(status.last(), locale) : null,
				(status.built() != null) ? duration(status.built().took(), locale) : null);
	}

	/** For example ‘12,300 of 100,000 resources (12%) — about 2 minutes left’. */
	String progress(RebuildProgress progress, Locale locale) {
		if (!progress.counted()) {
			return message("search-index.progress.counting", locale);
		}
		String left = (progress.left() != null)
				? message("search-index.progress.left", locale, approximately(progress.left(), locale))
				: message("search-index.progress.left.unknown", locale);
		return message("search-index.progress.text", locale, progress.indexed(), progress.total(), progress.percent(),
				left);
	}

	/** How a rebuild ended, in a sentence. */
	String outcome(RebuildOutcome outcome, Locale locale) {
		String took = duration(outcome.duration(), locale);
		if (outcome.succeeded()) {
			return message("search-index.outcome.finished", locale, outcome.indexed(), took);
		}
		if (outcome.error() == null) {
			return message("search-index.outcome.incomplete", locale, outcome.indexed(), took, outcome.failures());
		}
		return message("search-index.outcome.failed", locale, took, outcome.error());
	}

	/** Why a rebuild ran, and who asked for it. */
	String reason(RebuildOutcome outcome, Locale locale) {
		return message("search-index.reason." + outcome.reason().name(), locale, outcome.requestedBy());
	}

	/** For example ‘1 minute 3 seconds’. */
	String duration(Duration duration, Locale locale) {
		long seconds = duration.toSeconds();
		if (seconds < 1) {
			return message("search-index.duration.under-a-second", locale);
		}
		if (seconds < 60) {
			return message("search-index.duration.seconds", locale, seconds);
		}
		if (seconds < 3600) {
			String minutes = message("search-index.duration.minutes", locale, seconds / 60);
			return (seconds % 60 == 0) ? minutes : message("search-index.duration.and", locale, minutes,
					message("search-index.duration.seconds", locale, seconds % 60));
		}
		String hours = message("search-index.duration.hours", locale, seconds / 3600);
		long minutes = seconds % 3600 / 60;
		return (minutes == 0) ? hours : message("search-index.duration.and", locale, hours,
				message("search-index.duration.minutes", locale, minutes));
	}

	/**
	 * A time left, rounded as people say it: seconds to the next five under a minute,
	 * then whole minutes.
	 */
	String approximately(Duration left, Locale locale) {
		long seconds = left.toSeconds();
		if (seconds < 60) {
			return message("search-index.duration.seconds", locale, Math.max(5, (seconds + 4) / 5 * 5));
		}
		if (seconds < 90 * 60) {
			return message("search-index.duration.minutes", locale, Math.round(seconds / 60.0));
		}
		return duration(Duration.ofMinutes(Math.round(seconds / 60.0)), locale);
	}

	/** For example ‘12.3 MB’. */
	String size(long bytes, Locale locale) {
		if (bytes >= GIGABYTE) {
			return message("search-index.size.gb", locale, bytes / (double) GIGABYTE);
		}
		if (bytes >= MEGABYTE) {
			return message("search-index.size.mb", locale, bytes / (double) MEGABYTE);
		}
		return message("search-index.size.kb", locale, Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * The index's state with the words the admin page shows.
	 *
	 * @param status the figures
	 * @param progress how far the running rebuild has got, or {@code null}
	 * @param size the size on disk, or {@code null} if it cannot be measured
	 * @param lastOutcome how the last rebuild since the start ended, or {@code null}
	 * @param lastReason why it ran, or {@code null}
	 * @param builtTook how long the last complete rebuild took, from the marker, or
	 * {@code null}
	 */
	record IndexPage(IndexStatus status, String progress, String size, String lastOutcome, String lastReason,
			String builtTook) {

	}

}
