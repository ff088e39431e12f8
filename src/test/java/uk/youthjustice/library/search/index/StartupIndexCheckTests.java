package uk.youthjustice.library.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.search.index.IndexDirectory.Found;
import uk.youthjustice.library.search.index.IndexDirectory.Marker;
import uk.youthjustice.library.search.index.StartupIndexCheck.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/** What the start-up check decides from what it finds. */
class StartupIndexCheckTests {

	private static final Optional<Marker> CURRENT = marker(SearchIndex.MAPPING_VERSION);

	@Test
	void aHealthyIndexBuiltWithThisMappingIsLeftAlone() {
		assertThat(StartupIndexCheck.verdict(Found.PRESENT, 30, 30, CURRENT)).isEqualTo(Verdict.NOTHING);
		// Counts drift while editors work and other nodes index: only emptiness says
		// more.
		assertThat(StartupIndexCheck.verdict(Found.PRESENT, 29, 30, CURRENT)).isEqualTo(Verdict.NOTHING);
	}

	@Test
	void aMissingIndexIsRebuiltWhenTheDatabaseHasResources() {
		assertThat(StartupIndexCheck.verdict(Found.MISSING, 0, 30, Optional.empty()).rebuild())
			.isEqualTo(RebuildReason.MISSING);
		assertThat(StartupIndexCheck.verdict(Found.PRESENT, 0, 30, CURRENT).rebuild()).isEqualTo(RebuildReason.EMPTY);
	}

	@Test
	void aNewIndexThatKeptUpWithTheDatabaseOnlyGetsItsMarker() {
		// A new library (or the demo content, loaded as it started) indexed as it was
		// saved.
		assertThat(StartupIndexCheck.verdict(Found.MISSING, 30, 30, Optional.empty()))
			.isEqualTo(Verdict.RECORD_VERSION);
		assertThat(StartupIndexCheck.verdict(Found.MISSING, 0, 0, Optional.empty())).isEqualTo(Verdict.RECORD_VERSION);
		assertThat(StartupIndexCheck.verdict(Found.MISSING, 12, 30, Optional.empty()).rebuild())
			.isEqualTo(RebuildReason.OUTDATED);
	}

	@Test
	void anIndexMovedAsideIsRebuilt() {
		assertThat(StartupIndexCheck.verdict(Found.MOVED_ASIDE, 0, 30, Optional.empty()).rebuild())
			.isEqualTo(RebuildReason.BROKEN);
		assertThat(StartupIndexCheck.verdict(Found.MOVED_ASIDE, 0, 0, Optional.empty()))
			.isEqualTo(Verdict.RECORD_VERSION);
	}

	@Test
	void anIndexThatCannotBeSearchedIsDroppedAndRebuilt() {
		Verdict verdict = StartupIndexCheck.verdict(Found.PRESENT, -1, 30, CURRENT);
		assertThat(verdict.rebuild()).isEqualTo(RebuildReason.UNREADABLE);
		assertThat(verdict.rebuild().dropsFilesFirst()).isTrue();
	}

	@Test
	void anotherMappingVersionOrNoMarkerOnAnOldIndexMeansOutdated() {
		assertThat(StartupIndexCheck.verdict(Found.PRESENT, 30, 30, marker(SearchIndex.MAPPING_VERSION - 1)).rebuild())
			.isEqualTo(RebuildReason.OUTDATED);
		assertThat(StartupIndexCheck.verdict(Found.PRESENT, 30, 30, Optional.empty()).rebuild())
			.isEqualTo(RebuildReason.OUTDATED);
	}

	private static Optional<Marker> marker(int version) {
		return Optional.of(new Marker(version, Instant.parse("2026-12-01T10:00:00Z"), 30, Duration.ofSeconds(3), null));
	}

}
