package uk.youthjustice.library.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.support.LibraryProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The moderation queries on the embedded H2 default (PostgreSQL mode): the queue's order,
 * the lock taken for a decision, and the deletion of personal data. SharingIT covers the
 * rest on PostgreSQL.
 */
class SharingOnEmbeddedDatabaseIT {

	@TempDir
	Path dataDir;

	@Test
	void submissionsAreDecidedAndClearedOnTheEmbeddedDatabase() {
		try (ConfigurableApplicationContext library = LibraryProcess.start(this.dataDir)) {
			Submissions submissions = library.getBean(Submissions.class);
			JdbcTemplate jdbc = library.getBean(JdbcTemplate.class);
			Submissions.Options options = submissions.options();
			long rejected = submissions.submit(form("Rejected on H2", options));
			long drafted = submissions.submit(form("Drafted on H2", options));
			long waiting = submissions.submit(form("Waiting on H2", options));

			submissions.reject(rejected, "Duplicate", "editor@example.org");
			long resource = submissions.turnIntoDraft(drafted, Long.parseLong(options.categories().get(0).value()),
					null, "editor@example.org");
			assertThat(jdbc.queryForObject("select status from resource where id = ?", String.class, resource))
				.isEqualTo("DRAFT");
			assertThatExceptionOfType(Submissions.SubmissionAlreadyDecided.class)
				.isThrownBy(() -> submissions.reject(drafted, "Again", "editor@example.org"));

			List<Long> order = new ArrayList<>();
			submissions.queue(0).forEach((row) -> order.add(row.id()));
			assertThat(order).containsExactly(waiting, drafted, rejected);

			jdbc.update("update practice_submission set decided_at = ? where id = ?",
					Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)), rejected);
			assertThat(submissions.deletePersonalData()).isEqualTo(1);
			assertThat(submissions.detail(rejected).orElseThrow().submitter().email()).isNull();
			assertThat(submissions.detail(drafted).orElseThrow().submitter().email()).isNotNull();
		}
	}

	private static ShareForm form(String title, Submissions.Options options) {
		return new ShareForm("Sam", "sam@example.org", "Example YJS", "", title, "Summary",
				options.categories().get(0).value(), List.of(options.topics().get(0).value()), "10", "17",
				"NOT_APPLICABLE", "free", "", new ArrayList<>(List.of("An aim")), new ArrayList<>(List.of("A step")),
				"Description", "not-sure", "", "Example YJS", "", "0113 496 0000", "", "yes", "");
	}

}
