package uk.youthjustice.library.search.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.Catalogue;

/**
 * The editors' view of the search analytics: what people search for, what finds nothing
 * and what they choose. A page costs six queries whatever the period; the last 12 months'
 * report is reused for {@link #KEPT_FOR}.
 */
@Service
@Transactional(readOnly = true)
class SearchQueryReports {

	static final int TOP_QUERIES = 50;

	static final int ZERO_RESULTS = 50;

	static final int CHOSEN_RESULTS = 20;

	static final int QUERIES_PER_RESULT = 3;

	/**
	 * How long a report of a {@linkplain ReportPeriod#isKept() kept} period is reused.
	 */
	static final Duration KEPT_FOR = Duration.ofMinutes(10);

	private final AnalyticsRepository repository;

	private final Catalogue catalogue;

	private final Clock clock;

	private final Cache<ReportPeriod, QueryReport> kept = Caffeine.newBuilder()
		.expireAfterWrite(KEPT_FOR)
		.maximumSize(ReportPeriod.values().length)
		.build();

	SearchQueryReports(AnalyticsRepository repository, Catalogue catalogue, Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	QueryReport report(ReportPeriod period) {
		return period.isKept() ? this.kept.get(period, this::workOut) : workOut(period);
	}

	private QueryReport workOut(ReportPeriod period) {
		Instant since = period.since(this.clock.instant());
		return new QueryReport(period, List.of(ReportPeriod.values()), this.repository.totals(since),
				this.repository.topQueries(since, TOP_QUERIES), this.repository.zeroResults(since, ZERO_RESULTS),
				chosenResults(since));
	}

	/**
	 * Writes every search of the period that found nothing as CSV, most frequent first.
	 * @param headings the column headings, in the reader's language
	 */
	void writeZeroResults(ReportPeriod period, List<String> headings, Writer writer) throws IOException {
		try (SpreadsheetCsv csv = new SpreadsheetCsv(writer)) {
			csv.row(headings);
			try {
				this.repository.eachZeroResult(period.since(this.clock.instant()), (row) -> {
					try {
						csv.row(List.of(row.words(), row.filtersText(), Long.toString(row.searches()),
								SpreadsheetCsv.dateTime(row.lastSearched())));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		}
	}

	private List<QueryReport.ChosenResult> chosenResults(Instant since) {
		List<AnalyticsRepository.ChosenRow> chosen = this.repository.chosenResults(since, CHOSEN_RESULTS);
		List<String> slugs = chosen.stream().map(AnalyticsRepository.ChosenRow::slug).toList();
		Map<String, List<QueryReport.LeadingQuery>> leading = new LinkedHashMap<>();
		for (AnalyticsRepository.LeadingRow row : this.repository.leadingQueries(since, slugs, QUERIES_PER_RESULT)) {
			leading.computeIfAbsent(row.slug(), (slug) -> new ArrayList<>())
				.add(new QueryReport.LeadingQuery(row.words(), row.clicks()));
		}
		Map<String, String> titles = this.catalogue.titles(slugs);
		return chosen.stream()
			.map((row) -> new QueryReport.ChosenResult(row.slug(), titles.get(row.slug()), row.clicks(),
					row.averageRank(), leading.getOrDefault(row.slug(), List.of())))
			.toList();
	}

}
