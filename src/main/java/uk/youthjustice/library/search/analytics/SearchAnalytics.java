package uk.youthjustice.library.search.analytics;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what people search for and which result they choose, for the editors' search
 * queries page. Nothing identifying the searcher is kept: no address, no session, no
 * cookie, and the words lose email addresses, telephone numbers and other long numbers
 * ({@link SearchNormaliser}). Recording never stops a search: a failure is logged and the
 * search goes on without a record; nor does it wait for the disk (see
 * {@link AnalyticsRepository#commitWithoutWaitingForTheDisk()}).
 */
@Service
public class SearchAnalytics {

	/** The address of a resource: what the click link may lead to. */
	static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,200}");

	/** Deeper than any results page goes; a larger rank is made up. */
	static final int MAX_RANK = 100_000;

	private static final Logger log = LoggerFactory.getLogger(SearchAnalytics.class);

	private static final long WARNING_INTERVAL = Duration.ofMinutes(1).toNanos();

	private final AnalyticsRepository repository;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	// A database that refuses every write would otherwise log once a search.
	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL);

	SearchAnalytics(AnalyticsRepository repository, PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records one search, in a transaction of its own: a read-only transaction around the
	 * call is left alone. Call it once a search (not for every page of its results), and
	 * preferably outside any transaction, so that it does not hold a second connection.
	 * @param words the words as typed, or {@code null}
	 * @param filters the filters' query string ({@code topic=county-lines&age=15}), or
	 * {@code null}
	 * @param resultCount how many results the search found
	 * @return the record's id, for the result links ({@code /search/result?search=…}); or
	 * {@code null} when nothing was recorded: a search with neither words nor filters
	 * (the browse view), or a failure
	 */
	public Long recordSearch(String words, String filters, long resultCount) {
		try {
			String text = SearchNormaliser.words(words);
			String kept = SearchNormaliser.filters(filters);
			if (text.isEmpty() && kept == null) {
				return null;
			}
			int results = (int) Math.max(0, Math.min(resultCount, Integer.MAX_VALUE));
			return this.ownTransaction.execute((status) -> {
				this.repository.commitWithoutWaitingForTheDisk();
				return this.repository.insertSearch(this.clock.instant(), text, kept, results);
			});
		}
		catch (RuntimeException ex) {
			failed("a search", ex);
			return null;
		}
	}

	/**
	 * Records that a result of a recorded search was chosen. Ignores, without failing, an
	 * id no search has (made up, or purged since), a rank below 1 or beyond any page, and
	 * an address that is not a resource's.
	 * @param searchId the search's id
	 * @param slug the address of the resource chosen
	 * @param rank its place in the results, from 1
	 */
	public void recordClick(Long searchId, String slug, int rank) {
		if (searchId == null || searchId < 1 || slug == null || !SLUG.matcher(slug).matches() || rank < 1
				|| rank > MAX_RANK) {
			return;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				this.repository.commitWithoutWaitingForTheDisk();
				this.repository.insertClick(searchId, slug, rank, this.clock.instant());
			});
		}
		catch (RuntimeException ex) {
			failed("a chosen result", ex);
		}
	}

	private void failed(String what, RuntimeException ex) {
		long now = System.nanoTime();
		long last = this.lastWarning.get();
		if (now - last >= WARNING_INTERVAL && this.lastWarning.compareAndSet(last, now)) {
			log.warn("Could not record {} for the search analytics; searching goes on without it (this warning "
					+ "comes at most once a minute)", what, ex);
		}
		else {
			log.debug("Could not record {} for the search analytics", what, ex);
		}
	}

}
