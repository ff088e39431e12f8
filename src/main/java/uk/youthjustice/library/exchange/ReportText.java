package uk.youthjustice.library.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An import report as lines of text, for the command, in the words of the admin page.
 */
final class ReportText {

	private final MessageSource messages;

	private final Locale locale;

	ReportText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<String> lines(ExchangeReport report) {
		List<String> lines = new ArrayList<>();
		lines.add(message("exchange.outcome." + report.outcome().name().toLowerCase(Locale.ROOT)));
		report.problems().forEach((problem) -> lines.add("  " + message(problem)));
		for (ExchangeReport.Section section : report.sections()) {
			if (section.isEmpty()) {
				continue;
			}
			lines.add(message("exchange.kind." + section.kind()) + ": " + message("exchange.report.counts",
					section.created().size(), section.skipped().size(), section.refused().size()));
			section.refused()
				.forEach((refusal) -> lines
					.add("  " + message("exchange.report.refused-line", refusal.item(), message(refusal.reason()))));
		}
		return lines;
	}

	String message(Problem problem) {
		return this.messages.getMessage(problem.code(), problem.args(), this.locale);
	}

	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
