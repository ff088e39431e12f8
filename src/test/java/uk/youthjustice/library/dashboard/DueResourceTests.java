package uk.youthjustice.library.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DueResourceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void countsCalendarDaysFromToday() {
		assertThat(due(LocalDate.of(2026, 2, 26)).days()).isEqualTo(-3);
		assertThat(due(LocalDate.of(2026, 2, 26)).isOverdue()).isTrue();
		assertThat(due(LocalDate.of(2026, 2, 26)).daysOverdue()).isEqualTo(3);
		assertThat(due(TODAY).days()).isZero();
		assertThat(due(TODAY).isOverdue()).isFalse();
		assertThat(due(LocalDate.of(2026, 3, 31)).days()).isEqualTo(30);
	}

	private static DueResource due(LocalDate reviewDueOn) {
		return DueResource.of(new ResourceRow(1, "Title", ResourceKind.GUIDANCE_DOCUMENT, ResourceStatus.PUBLISHED,
				"Category", null, Instant.EPOCH, reviewDueOn, Instant.EPOCH, null), TODAY);
	}

}
