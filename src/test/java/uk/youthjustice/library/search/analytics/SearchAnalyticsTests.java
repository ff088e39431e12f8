package uk.youthjustice.library.search.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Recording searches and clicks never gets in the way of a search: what is not worth
 * recording is not, and a database that fails is logged, not passed on.
 */
class SearchAnalyticsTests {

	private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");

	private final AnalyticsRepository repository = mock(AnalyticsRepository.class);

	private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

	private final SearchAnalytics analytics = new SearchAnalytics(this.repository, this.transactions,
			Clock.fixed(NOW, ZoneOffset.UTC));

	SearchAnalyticsTests() {
		given(this.transactions.getTransaction(any())).willReturn(new SimpleTransactionStatus());
	}

	@Test
	void aSearchIsRecordedNormalisedAndItsIdReturned() {
		given(this.repository.insertSearch(NOW, "county lines [email]", "age=15&topic=cce", 12)).willReturn(42L);

		assertThat(this.analytics.recordSearch("  County LINES jo@example.org ", "topic=cce&age=15", 12))
			.isEqualTo(42L);
	}

	@Test
	void filtersAloneAreASearchButNeitherWordsNorFiltersIsTheBrowseView() {
		given(this.repository.insertSearch(NOW, "", "type=guidance", 0)).willReturn(7L);

		assertThat(this.analytics.recordSearch(null, "type=guidance", 0)).isEqualTo(7L);
		assertThat(this.analytics.recordSearch("   ", null, 40)).isNull();
		assertThat(this.analytics.recordSearch("\u0000", "page=2&sort=newest", 40)).isNull();
		verify(this.repository, never()).insertSearch(any(), eq(""), isNull(), anyInt());
	}

	@Test
	void resultCountsBeyondAnIntegerAreClamped() {
		this.analytics.recordSearch("x", null, 5_000_000_000L);
		verify(this.repository).insertSearch(NOW, "x", null, Integer.MAX_VALUE);
		this.analytics.recordSearch("y", null, -3);
		verify(this.repository).insertSearch(NOW, "y", null, 0);
	}

	@Test
	void aFailingDatabaseLosesTheRecordNotTheSearch() {
		given(this.repository.insertSearch(any(), anyString(), any(), anyInt()))
			.willThrow(new DataAccessResourceFailureException("down"));
		assertThat(this.analytics.recordSearch("county lines", null, 3)).isNull();
		assertThat(this.analytics.recordSearch("county lines", null, 3)).isNull();

		given(this.repository.insertClick(anyLong(), anyString(), anyInt(), any()))
			.willThrow(new DataAccessResourceFailureException("down"));
		assertThatNoException().isThrownBy(() -> this.analytics.recordClick(4L, "a-resource", 1));
	}

	@Test
	void noConnectionForATransactionLosesTheRecordNotTheSearch() {
		given(this.transactions.getTransaction(any())).willThrow(new CannotCreateTransactionException("pool empty"));
		assertThat(this.analytics.recordSearch("county lines", null, 3)).isNull();
		assertThatNoException().isThrownBy(() -> this.analytics.recordClick(4L, "a-resource", 1));
	}

	@Test
	void aClickIsRecordedWhenEverythingAboutItIsPlausible() {
		this.analytics.recordClick(4L, "county-lines-toolkit", 3);
		verify(this.repository).insertClick(4L, "county-lines-toolkit", 3, NOW);
	}

	@Test
	void implausibleClicksAreIgnored() {
		this.analytics.recordClick(null, "a", 1);
		this.analytics.recordClick(0L, "a", 1);
		this.analytics.recordClick(-4L, "a", 1);
		this.analytics.recordClick(4L, null, 1);
		this.analytics.recordClick(4L, "//evil.example", 1);
		this.analytics.recordClick(4L, "A-Resource", 1);
		this.analytics.recordClick(4L, "a".repeat(201), 1);
		this.analytics.recordClick(4L, "a", 0);
		this.analytics.recordClick(4L, "a", -1);
		this.analytics.recordClick(4L, "a", SearchAnalytics.MAX_RANK + 1);
		verifyNoInteractions(this.repository);
	}

}
