package uk.youthjustice.library.search.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' page of what people search for, {@code /admin/search/queries}, and the
 * download of the searches that found nothing.
 */
@Controller
@RequestMapping("/admin/search/queries")
class SearchQueriesController {

	static final String VIEW = "search/analytics-queries";

	private final SearchQueryReports reports;

	private final MessageSource messages;

	private final AnalyticsProperties properties;

	private final Clock clock;

	SearchQueriesController(SearchQueryReports reports, MessageSource messages, AnalyticsProperties properties,
			Clock clock) {
		this.reports = reports;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String queries(@RequestParam(name = "period", required = false) String period, Model model) {
		model.addAttribute("report", this.reports.report(ReportPeriod.fromParameter(period)))
			.addAttribute("retentionMonths", this.properties.retentionMonths())
			.addAttribute("navigation", "admin-search");
		return VIEW;
	}

	@GetMapping("/zero-results.csv")
	void zeroResults(@RequestParam(name = "period", required = false) String parameter, Locale locale,
			HttpServletResponse response) throws IOException {
		ReportPeriod period = ReportPeriod.fromParameter(parameter);
		String name = "searches-that-found-nothing-" + period.getParameter() + "-"
				+ LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London"))) + ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		List<String> headings = List.of("words", "filters", "searches", "last-searched")
			.stream()
			.map((column) -> this.messages.getMessage("search-analytics.csv." + column, null, locale))
			.toList();
		this.reports.writeZeroResults(period, headings, response.getWriter());
	}

}
