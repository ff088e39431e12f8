package uk.youthjustice.library.publishing;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.youthjustice.library.catalogue.ResourceStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Choosing when to publish, with every sort of bad date and time. */
class ScheduleControllerTests extends PublishingWebSlice {

	@BeforeEach
	void aCompleteDraft() {
		stored(overview(ResourceStatus.DRAFT, List.of()));
	}

	@Test
	void theFormAsksForADateAndATime() throws Exception {
		Document page = page(get("/admin/resources/7/schedule"));

		assertThat(page.title()).isEqualTo("Schedule A heritage panel – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("When should it be published?");
		assertThat(page.select("main form").attr("action")).isEqualTo("/admin/resources/7/schedule");
		assertThat(page.select("main form input[name=_csrf]")).hasSize(1);
		assertThat(page.select("#date, [name='date.month'], [name='date.year'], #time")).hasSize(4);
		assertThat(page.select("#date").val()).isEmpty();
		assertThat(page.select(".govuk-error-summary")).isEmpty();
	}

	@Test
	void aScheduledResourceShowsItsTimeInUkTime() throws Exception {
		stored(overview(ResourceStatus.SCHEDULED, List.of(), Instant.parse("2027-07-01T08:30:00Z"), null, List.of(),
				false));

		Document page = page(get("/admin/resources/7/schedule"));

		assertThat(page.select("#date").val()).isEqualTo("1");
		assertThat(page.select("[name='date.month']").val()).isEqualTo("7");
		assertThat(page.select("[name='date.year']").val()).isEqualTo("2027");
		assertThat(page.select("#time").val()).isEqualTo("9:30");
	}

	@Test
	void onlyACompleteDraftOrScheduledResourceCanBeScheduled() throws Exception {
		stored(overview(ResourceStatus.DRAFT, List.of(Requirement.AIM)));
		this.mvc.perform(asEditor(get("/admin/resources/7/schedule")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("problem", "publishing.refused.incomplete"));

		stored(overview(ResourceStatus.PUBLISHED, List.of()));
		this.mvc.perform(asEditor(get("/admin/resources/7/schedule")))
			.andExpect(flash().attribute("problem", "publishing.refused.SCHEDULE"));
	}

	@Test
	void aGoodTimeIsScheduledInUkTime() throws Exception {
		this.mvc.perform(asEditor(schedule("3", "3", "2027", "9:00am")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "publishing.notice.scheduled"));
		verify(this.publishing).schedule(ID, Instant.parse("2027-03-03T09:00:00Z"));

		this.mvc.perform(asEditor(schedule("1", "7", "2027", "14:30")));
		verify(this.publishing).schedule(ID, Instant.parse("2027-07-01T13:30:00Z"));
	}

	@Test
	void nothingEnteredIsExplainedFieldByField() throws Exception {
		Document page = refused(schedule("", "", "", ""));

		assertThat(page.title()).isEqualTo("Error: Schedule A heritage panel – Youth Justice Practice Library");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#date", "#time");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the date to publish",
				"Enter the time to publish");
		assertThat(page.select("#date-error").text()).isEqualTo("Error: Enter the date to publish");
		assertThat(page.select("#time-error").text()).isEqualTo("Error: Enter the time to publish");
		assertThat(page.select("#time").attr("aria-describedby")).isEqualTo("time-hint time-error");
	}

	@Test
	void aMissingTimeIsAskedForAndTheDateKept() throws Exception {
		Document page = refused(schedule("3", "3", "2027", " "));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the time to publish");
		assertThat(page.select("#date").val()).isEqualTo("3");
		assertThat(page.select("[name='date.year']").val()).isEqualTo("2027");
	}

	@Test
	void impossibleDatesAndTimesAreRefusedAndKept() throws Exception {
		Document page = refused(schedule("31", "2", "2027", "25:00"));

		assertThat(page.select("#date-error").text())
			.isEqualTo("Error: Date must be a real date, for example 3 3 2027");
		assertThat(page.select("#time-error").text()).isEqualTo("Error: Enter a time like 9:30am or 14:30");
		assertThat(page.select("#date").val()).isEqualTo("31");
		assertThat(page.select("#time").val()).isEqualTo("25:00");
	}

	@Test
	void thePastIsRefused() throws Exception {
		assertThat(refused(schedule("1", "1", "2020", "9am")).select("#date-error").text())
			.isEqualTo("Error: Date must be today or in the future");
		// Now is 1pm in London.
		assertThat(refused(schedule("1", "6", "2026", "12:30pm")).select("#time-error").text())
			.isEqualTo("Error: Time must be in the future");
	}

	@Test
	void scriptAndVeryLongInputIsShownBackAsText() throws Exception {
		String script = "<script>alert(1)</script>";
		String html = this.mvc.perform(asEditor(schedule(script, "x".repeat(5000), "2027", script)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)");
		Document page = Jsoup.parse(html);
		assertThat(page.select("#date").val()).isEqualTo(script);
		assertThat(page.select("#time").val()).isEqualTo(script);
		verify(this.publishing, never()).schedule(any(), any());
	}

	@Test
	void missingPartsOfTheFormAreMissingValuesNotAnError() throws Exception {
		Document page = refused(post("/admin/resources/7/schedule"));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the date to publish",
				"Enter the time to publish");
	}

	@Test
	void aTimeThatPassesWhileTheFormIsSentIsRefusedPolitely() throws Exception {
		willThrow(new PublishingRefusedException(Action.SCHEDULE, "publishing.refused.past")).given(this.publishing)
			.schedule(any(), any());

		this.mvc.perform(asEditor(schedule("3", "3", "2027", "9am")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("problem", "publishing.refused.past"));
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(asEditor(request))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		verify(this.publishing, never()).schedule(any(), any());
		return Jsoup.parse(html);
	}

	private static MockHttpServletRequestBuilder schedule(String day, String month, String year, String time) {
		return post("/admin/resources/7/schedule").param("date.day", day)
			.param("date.month", month)
			.param("date.year", year)
			.param("time", time);
	}

}
