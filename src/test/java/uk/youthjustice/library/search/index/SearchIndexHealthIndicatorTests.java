package uk.youthjustice.library.search.index;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Readiness and the search index: an index that cannot be searched is DOWN; one being
 * rebuilt is UP and says so.
 */
class SearchIndexHealthIndicatorTests {

	private final SearchIndex index = mock(SearchIndex.class);

	private final IndexedResources resources = mock(IndexedResources.class);

	private final SearchIndexHealthIndicator health = new SearchIndexHealthIndicator(this.index, this.resources);

	@Test
	void aSearchableIndexIsUpWithItsDocuments() {
		given(this.resources.inIndex()).willReturn(30L);

		Health answer = this.health.health();

		assertThat(answer.getStatus()).isEqualTo(Status.UP);
		assertThat(answer.getDetails()).containsEntry("documents", 30L)
			.containsEntry("rebuilding", false)
			.containsEntry("mappingVersion", SearchIndex.MAPPING_VERSION);
	}

	@Test
	void anIndexBeingRebuiltIsUpAndSaysSo() {
		given(this.index.isRebuilding()).willReturn(true);
		given(this.resources.inIndex()).willReturn(12L);

		Health answer = this.health.health();

		assertThat(answer.getStatus()).isEqualTo(Status.UP);
		assertThat(answer.getDetails()).containsEntry("rebuilding", true);
	}

	@Test
	void anIndexThatCannotBeSearchedIsDown() {
		given(this.resources.inIndex())
			.willThrow(new IllegalStateException("HSEARCH000284: Unable to open index readers"));

		Health answer = this.health.health();

		assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
		assertThat(answer.getDetails().get("error").toString()).contains("HSEARCH000284");
	}

}
