package uk.youthjustice.library.search.index;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.youthjustice.library.support.AttachmentTableLock;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilding the index from the database: progress while it runs, one rebuild at a time,
 * and the outcome and marker once it ends. The rebuild is held at its first resource (an
 * {@link AttachmentTableLock}) while the test looks at it.
 */
@WithLibrary
class SearchIndexIT {

	@Autowired
	SearchIndex index;

	@Autowired
	IndexedResources resources;

	@Autowired
	IndexDirectory directory;

	@Autowired
	DataSource dataSource;

	@Test
	void rebuildsEveryResourceReportingProgressAndRefusingASecondRebuildMeanwhile() throws Exception {
		long inDatabase = this.resources.inDatabase();
		assertThat(inDatabase).isPositive();
		Rebuild rebuild;
		try (AttachmentTableLock lock = AttachmentTableLock.hold(this.dataSource)) {
			rebuild = this.index.rebuild(RebuildReason.REQUESTED, "admin@example.org");
			assertThat(this.index.isRebuilding()).isTrue();
			assertThat(this.index.status().rebuilding()).isTrue();

			assertThatExceptionOfType(RebuildRefused.class)
				.isThrownBy(() -> this.index.rebuild(RebuildReason.COMMAND, null))
				.satisfies((refused) -> assertThat(refused.running()).isSameAs(rebuild))
				.withMessageStartingWith("The search index is already being rebuilt");

			lock.awaitRebuildHeld();
			await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.progress().counted());
			RebuildProgress progress = rebuild.progress();
			assertThat(progress.total()).isEqualTo(inDatabase);
			assertThat(progress.indexed()).isZero();
			assertThat(progress.percent()).isZero();
			// Emptied first: search is incomplete until the rebuild ends.
			assertThat(this.resources.inIndex()).isLessThan(inDatabase);
			assertThat(this.directory.marker()).isEmpty();
		}

		RebuildOutcome outcome = rebuild.finished().get(2, TimeUnit.MINUTES);

		assertThat(outcome.succeeded()).as(outcome.toString()).isTrue();
		assertThat(outcome.indexed()).isEqualTo(inDatabase);
		assertThat(outcome.total()).isEqualTo(inDatabase);
		assertThat(outcome.requestedBy()).isEqualTo("admin@example.org");
		assertThat(this.index.isRebuilding()).isFalse();
		assertThat(this.index.lastOutcome()).contains(outcome);
		IndexStatus status = this.index.status();
		assertThat(status.documents()).isEqualTo(inDatabase);
		assertThat(status.resources()).isEqualTo(inDatabase);
		assertThat(status.publicResources()).isPositive().isLessThan(inDatabase);
		assertThat(status.sizeInBytes()).isPositive();
		assertThat(status.current()).isTrue();
		assertThat(this.directory.marker()).hasValueSatisfying((marker) -> {
			assertThat(marker.mappingVersion()).isEqualTo(SearchIndex.MAPPING_VERSION);
			assertThat(marker.documents()).isEqualTo(inDatabase);
			assertThat(marker.builtAt()).isEqualTo(outcome.finishedAt());
		});
	}

	@Test
	void aFinishedRebuildFreesTheWayForTheNext() throws Exception {
		RebuildOutcome first = this.index.rebuild(RebuildReason.COMMAND, null).finished().get(2, TimeUnit.MINUTES);
		RebuildOutcome second = this.index.rebuild(RebuildReason.COMMAND, null).finished().get(2, TimeUnit.MINUTES);
		assertThat(first.succeeded()).isTrue();
		assertThat(second.succeeded()).isTrue();
		assertThat(second.startedAt()).isAfterOrEqualTo(first.finishedAt());
	}

}
