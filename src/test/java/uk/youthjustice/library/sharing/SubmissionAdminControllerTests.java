package uk.youthjustice.library.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.util.ReflectionTestUtils;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.system.Choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SubmissionAdminController.class)
@Import({ SharingWebTestSecurity.class, DraftFormValidator.class })
class SubmissionAdminControllerTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final Instant SENT = Instant.parse("2026-06-04T13:30:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Submissions submissions;

	@BeforeEach
	void options() {
		given(this.submissions.options()).willReturn(new Submissions.Options(
				List.of(new Choice("1", "Practice examples"), new Choice("2", "Custody and community")),
				List.of(new Choice("7", "Diversion")), List.of(new Choice("3", "Promising"))));
	}

	@Test
	void theQueueListsWaitingSubmissionsFirstWithTheirStatus() throws Exception {
		given(this.submissions.queue(0)).willReturn(new PageImpl<>(
				List.of(new SubmissionRow(5, SCRIPT, "Leeds YJS", SENT, SubmissionStatus.PENDING, null),
						new SubmissionRow(4, "Mentoring", "Kent YJS", SENT, SubmissionStatus.ACCEPTED, SENT),
						new SubmissionRow(3, "Boxing club", "Hull YJS", SENT, SubmissionStatus.REJECTED, SENT)),
				PageRequest.of(0, Submissions.PAGE_SIZE), 60));
		given(this.submissions.countPending()).willReturn(1L);

		String html = html(get("/admin/submissions").param("page", "nonsense").with(editor()), status().isOk());
		Document page = Jsoup.parse(html);
		assertThat(page.title()).isEqualTo("Submissions \u2013 Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("Submissions");
		assertThat(page.select(".library-submissions-pending").text())
			.isEqualTo("1 submission is waiting for a decision.");
		assertThat(page.select("main tbody a").eachAttr("href")).containsExactly("/admin/submissions/5",
				"/admin/submissions/4", "/admin/submissions/3");
		assertThat(page.select("main tbody a").first().text()).isEqualTo(SCRIPT);
		assertThat(html).doesNotContain("<script>alert");
		assertThat(page.select("main tbody .govuk-tag").eachText()).containsExactly("Waiting", "Draft made",
				"Rejected");
		assertThat(page.select("main tbody .library-submissions__organisation").eachText()).containsExactly("Leeds YJS",
				"Kent YJS", "Hull YJS");
		assertThat(page.select("main tbody td:nth-child(2)").first().text()).isEqualTo("4 June 2026");
		assertThat(page.select(".govuk-pagination__item a").eachText()).containsExactly("1", "2", "3");
		assertThat(page.select(".govuk-pagination__next a").attr("href")).isEqualTo("/admin/submissions?page=2");
		assertThat(page.select(".govuk-service-navigation__item--active a").text()).isEqualTo("Submissions");
	}

	@Test
	void anEmptyQueueSaysSo() throws Exception {
		given(this.submissions.queue(0)).willReturn(new PageImpl<>(List.of()));
		Document page = page(get("/admin/submissions").with(editor()), status().isOk());
		assertThat(page.select("main").text()).contains("Nothing has been sent in yet.")
			.contains("No submissions are waiting for a decision.");
		assertThat(page.select("main table")).isEmpty();
		assertThat(page.select(".govuk-pagination")).isEmpty();
	}

	@Test
	void aSubmissionShowsEveryFieldAsTextAndBothDecisions() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(scripted()));
		String html = html(get("/admin/submissions/5").with(editor()), status().isOk());
		Document page = Jsoup.parse(html);

		assertThat(page.title()).isEqualTo("Submission: " + SCRIPT + " \u2013 Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo(SCRIPT);
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
		assertThat(page.select("script").eachAttr("src")).as("only the layout's own scripts")
			.allMatch((src) -> src.startsWith("/assets/") || src.isEmpty());
		assertThat(page.select(".library-submitter dd").eachText()).containsExactly(SCRIPT, "a@example.org", SCRIPT,
				SCRIPT);
		assertThat(page.select(".library-submitter a[href=mailto:a@example.org]")).hasSize(1);
		assertThat(page.select(".library-practice dt").eachText()).containsExactly("Summary", "Suggested category",
				"Topics", "Ages", "Designed for", "Cost", "What it costs");
		assertThat(page.select(".library-practice dd").eachText()).containsExactly(SCRIPT, SCRIPT,
				SCRIPT + ", " + SCRIPT + "2", "10 to 17", "Girls and young women", "Has a cost", SCRIPT);
		assertThat(page.select(".library-submission-description p").eachText()).containsExactly(SCRIPT,
				"Second paragraph " + SCRIPT);
		assertThat(page.select(".library-submission-description br")).hasSize(1);
		assertThat(page.select("main ol.govuk-list--number li").eachText()).containsExactly(SCRIPT, SCRIPT + " 2",
				SCRIPT);
		assertThat(page.select(".library-evidence dd").eachText()).containsExactly(SCRIPT, SCRIPT);
		assertThat(page.select(".library-contact dd").eachText()).containsExactly(SCRIPT, SCRIPT, SCRIPT,
				"c@example.org");

		assertThat(page.select("form[action=/admin/submissions/5/draft] select#category option").eachAttr("value"))
			.containsExactly("", "1", "2");
		assertThat(page.select("form[action=/admin/submissions/5/draft] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("form[action=/admin/submissions/5/reject] textarea#reason")).hasSize(1);
		assertThat(page.select(".govuk-error-summary")).isEmpty();
	}

	@Test
	void theCategoryThePractitionerSuggestedIsPreselected() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(withSuggestions(2L, 3L)));
		Document page = page(get("/admin/submissions/5").with(editor()), status().isOk());
		assertThat(page.select("#category option[selected]").val()).isEqualTo("2");
		assertThat(page.select("#evidence option[selected]").val()).isEqualTo("3");
	}

	@Test
	void aDraftNeedsACategory() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(scripted()));
		Document page = page(post("/admin/submissions/5/draft").param("category", "").with(editor()).with(csrf()),
				status().isUnprocessableContent());
		assertThat(page.title()).startsWith("Error: Submission: ");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#category");
		assertThat(page.select("#category-error").text()).isEqualTo("Error: Select a category");
		assertThat(page.select("textarea#reason")).hasSize(1);
		verify(this.submissions, never()).turnIntoDraft(anyLong(), anyLong(), any(), anyString());
	}

	@Test
	void aCategoryOrEvidenceLabelTheLibraryDoesNotHaveIsRefused() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(scripted()));
		Document page = page(post("/admin/submissions/5/draft").param("category", "99")
			.param("evidence", SCRIPT)
			.with(editor())
			.with(csrf()), status().isUnprocessableContent());
		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("Select a category",
				"That evidence classification no longer exists. Select another one");
		verify(this.submissions, never()).turnIntoDraft(anyLong(), anyLong(), any(), anyString());
	}

	@Test
	void aCategoryDeletedMeanwhileIsExplained() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(scripted()));
		given(this.submissions.turnIntoDraft(5, 1, null, "e@example.org"))
			.willThrow(new Submissions.UnknownChoice("category"));
		Document page = page(post("/admin/submissions/5/draft").param("category", "1").with(editor()).with(csrf()),
				status().isUnprocessableContent());
		assertThat(page.select("#category-error").text())
			.isEqualTo("Error: That category no longer exists. Select another one");
	}

	@Test
	void turningIntoADraftOpensTheDraftWithANotice() throws Exception {
		given(this.submissions.turnIntoDraft(5, 2, 3L, "e@example.org")).willReturn(42L);
		this.mvc
			.perform(post("/admin/submissions/5/draft").param("category", "2")
				.param("evidence", "3")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/42/edit"))
			.andExpect(flash().attribute("notice", "sharing.notice.drafted"));
	}

	@Test
	void aRejectionNeedsAReasonOfAtMostAThousandCharacters() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(scripted()));
		Document blank = page(post("/admin/submissions/5/reject").param("reason", "  ").with(editor()).with(csrf()),
				status().isUnprocessableContent());
		assertThat(blank.title()).startsWith("Error: ");
		assertThat(blank.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#reason");
		assertThat(blank.select("#reason-error").text()).isEqualTo("Error: Enter a reason for rejecting it");
		assertThat(blank.select("select#category")).as("the other form is still there").hasSize(1);

		String reason = "r".repeat(1001);
		Document tooLong = page(post("/admin/submissions/5/reject").param("reason", reason).with(editor()).with(csrf()),
				status().isUnprocessableContent());
		assertThat(tooLong.select("#reason-error").text())
			.isEqualTo("Error: The reason must be 1,000 characters or fewer");
		assertThat(tooLong.select("#reason").val()).isEqualTo(reason);
		verify(this.submissions, never()).reject(anyLong(), anyString(), anyString());
	}

	@Test
	void aRejectionKeepsTheReasonAsTextAndWhoRejected() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(scripted()));
		this.mvc
			.perform(
					post("/admin/submissions/5/reject").param("reason", " " + SCRIPT + " ").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/submissions"))
			.andExpect(flash().attribute("notice", "sharing.notice.rejected"));
		verify(this.submissions).reject(5, SCRIPT, "e@example.org");
	}

	@Test
	void aSecondDecisionIsRefusedShowingTheFirst() throws Exception {
		SubmissionDetail decided = decided();
		given(this.submissions.detail(5)).willReturn(Optional.of(decided));
		willThrow(new Submissions.SubmissionAlreadyDecided(5)).given(this.submissions)
			.reject(eq(5L), anyString(), anyString());
		given(this.submissions.turnIntoDraft(5, 1, null, "e@example.org"))
			.willThrow(new Submissions.SubmissionAlreadyDecided(5));

		for (MockHttpServletRequestBuilder request : List.of(
				post("/admin/submissions/5/reject").param("reason", "Duplicate"),
				post("/admin/submissions/5/draft").param("category", "1"))) {
			Document page = page(request.with(editor()).with(csrf()), status().isConflict());
			assertThat(page.select(".govuk-notification-banner__heading").text())
				.isEqualTo("This submission has already been decided");
			assertThat(page.select(".library-decision dd").eachText()).containsExactly("Draft made",
					"other@example.org", "4 June 2026 at 2:30pm", "Edit the draft");
			assertThat(page.select(".library-decision a").attr("href")).isEqualTo("/admin/resources/42/edit");
			assertThat(page.select("main form")).isEmpty();
		}
	}

	@Test
	void aDecidedSubmissionHasNoFormsAndSaysWhenItsPersonalDataWent() throws Exception {
		given(this.submissions.detail(5)).willReturn(Optional.of(decided()));
		Document page = page(get("/admin/submissions/5").with(editor()), status().isOk());
		assertThat(page.select("main form")).isEmpty();
		assertThat(page.select(".govuk-inset-text").text()).isEqualTo(
				"The names and contact details in this submission were deleted 5 December 2026, 6 months after the decision.");
		assertThat(page.select(".library-submitter dt").eachText()).containsExactly("Organisation");
	}

	@Test
	void anUnknownSubmissionIsNotFound() throws Exception {
		given(this.submissions.detail(anyLong())).willReturn(Optional.empty());
		this.mvc.perform(get("/admin/submissions/999").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/submissions/abc").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/submissions/999/reject").param("reason", "x").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		given(this.submissions.turnIntoDraft(999, 1, null, "e@example.org"))
			.willThrow(new Submissions.UnknownSubmission(999));
		this.mvc.perform(post("/admin/submissions/999/draft").param("category", "1").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyEditorsGetInAndOnlyWithAToken() throws Exception {
		this.mvc.perform(get("/admin/submissions")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/submissions/5")).andExpect(status().isFound());
		this.mvc.perform(post("/admin/submissions/5/reject").param("reason", "x").with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/submissions/5/reject").param("reason", "x").with(editor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/submissions/5/draft").param("category", "1").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.submissions, never()).reject(anyLong(), anyString(), anyString());
		verify(this.submissions, never()).turnIntoDraft(anyLong(), anyLong(), any(), anyString());
	}

	private Document page(MockHttpServletRequestBuilder request, ResultMatcher status) throws Exception {
		return Jsoup.parse(html(request, status));
	}

	private String html(MockHttpServletRequestBuilder request, ResultMatcher status) throws Exception {
		return this.mvc.perform(request).andExpect(status).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor editor() {
		return user("e@example.org").roles("EDITOR");
	}

	/** A pending submission with script in every field a practitioner types. */
	private static SubmissionDetail scripted() {
		PracticeSubmission submission = new PracticeSubmission(SENT, SCRIPT, SCRIPT,
				SCRIPT + "\n\nSecond paragraph\n" + SCRIPT);
		submission.setSubmitter(SCRIPT, "a@example.org", SCRIPT, SCRIPT);
		submission.setCategory(new Category("c", SCRIPT, null, 1));
		submission.getTopics().add(new Topic("t", SCRIPT, null));
		submission.getTopics().add(new Topic("t2", SCRIPT + "2", null));
		submission.setAgeRange(new AgeRange(10, 17));
		submission.setSex(Sex.FEMALE);
		submission.setCost(CostKind.HAS_COST, SCRIPT);
		submission.getAims().addAll(List.of(SCRIPT, SCRIPT + " 2"));
		submission.getSteps().add(SCRIPT);
		submission.setEvidence(new EvidenceClassification("e", SCRIPT, null, 1), SCRIPT);
		submission.setContact(SCRIPT, SCRIPT, SCRIPT, "c@example.org");
		ReflectionTestUtils.setField(submission, "id", 5L);
		return SubmissionDetail.of(submission);
	}

	private static SubmissionDetail withSuggestions(Long category, Long evidence) {
		SubmissionDetail d = scripted();
		return new SubmissionDetail(d.id(), d.status(), d.submittedAt(), d.submitter(), d.title(), d.summary(),
				category, d.categoryName(), d.topics(), d.ageFrom(), d.ageTo(), d.sex(), d.costKind(), d.costText(),
				d.aims(), d.steps(), d.paragraphs(), evidence, d.evidenceName(), d.evidenceText(), d.contact(),
				d.decision(), d.personalDataDeletedAt());
	}

	/** Turned into draft 42, with its personal data since deleted. */
	private static SubmissionDetail decided() {
		SubmissionDetail d = scripted();
		return new SubmissionDetail(d.id(), SubmissionStatus.ACCEPTED, d.submittedAt(),
				new SubmissionDetail.Person("Leeds YJS", null, null, null, null), d.title(), d.summary(),
				d.categoryId(), d.categoryName(), d.topics(), d.ageFrom(), d.ageTo(), d.sex(), d.costKind(),
				d.costText(), d.aims(), d.steps(), d.paragraphs(), d.evidenceId(), d.evidenceName(), d.evidenceText(),
				new SubmissionDetail.Person("Leeds YJS", null, null, null, null),
				new SubmissionDetail.Decision(SubmissionStatus.ACCEPTED, "other@example.org", SENT, null, 42L),
				Instant.parse("2026-12-05T03:20:00Z"));
	}

}
