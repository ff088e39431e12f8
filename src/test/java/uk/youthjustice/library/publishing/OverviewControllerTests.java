package uk.youthjustice.library.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.attachments.FileKind;
import uk.youthjustice.library.attachments.FileSize;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.editorial.AttachmentRow;
import uk.youthjustice.library.publishing.Overview.Related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The overview, its one-click actions and the confirmation pages. */
class OverviewControllerTests extends PublishingWebSlice {

	@Test
	void anIncompleteDraftSaysWhatIsMissingAndOffersNoPublishing() throws Exception {
		stored(overview(ResourceStatus.DRAFT, List.of(Requirement.AIM, Requirement.CONTACT)));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.title()).isEqualTo("A heritage panel – Resource overview – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("A heritage panel");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Practice example");
		assertThat(page.select("#status .govuk-tag").text()).isEqualTo("Draft");
		assertThat(page.select("#missing h2").text()).isEqualTo("Before you can publish");
		assertThat(page.select("#missing a").eachText()).containsExactly("add at least one aim",
				"add at least one contact card");
		assertThat(page.select("#missing a").eachAttr("href")).containsExactly("/admin/resources/7/edit#aims%5B0%5D",
				"/admin/resources/7/edit#contactToAdd");
		assertThat(page.select("form.library-actions")).isEmpty();
		assertThat(page.select(".library-resource-links a").eachAttr("href"))
			.containsExactly("/admin/resources/7/preview", "/admin/resources/7/edit", "/admin/resources/7/history");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Resources");
	}

	@Test
	void theDetailsSayWhenAndByWhom() throws Exception {
		stored(overview(ResourceStatus.PUBLISHED, List.of()));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.select("#details .govuk-summary-list__row").eachText()).containsExactly("Type Practice example",
				"Category Practice examples", "Created 5 January 2026 at 10:15am by ann@example.org",
				"Last changed 31 May 2026 at 5:45pm", "First published 12 January 2026 at 9:00am",
				"Review due 31 January 2027", "Public page /resources/heritage-panel");
		assertThat(page.select("#details a").attr("href")).isEqualTo("/resources/heritage-panel");
		assertThat(page.select("#changes .govuk-summary-list__row").eachText())
			.containsExactly("1 February 2026 at 9:00am Added a contact.");
	}

	@Test
	void aCompleteDraftCanBePublishedOrScheduled() throws Exception {
		stored(overview(ResourceStatus.DRAFT, List.of()));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.select("#missing")).isEmpty();
		assertThat(actions(page)).containsExactly("Publish now", "Schedule");
		assertThat(page.select("form.library-actions").attr("action")).isEqualTo("/admin/resources/7/publish");
		assertThat(page.select("form.library-actions input[name=_csrf]")).hasSize(1);
		assertThat(page.select("#changeNote")).as("no note on a first publication").isEmpty();
	}

	@Test
	void aScheduledResourceShowsItsTimeAndCanBeRescheduledOrCancelled() throws Exception {
		stored(overview(ResourceStatus.SCHEDULED, List.of(), Instant.parse("2027-03-03T09:00:00Z"), null, List.of(),
				false));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.select("#status .govuk-tag").text()).isEqualTo("Scheduled for 3 March 2027 at 9:00am");
		assertThat(actions(page)).containsExactly("Publish now", "Change schedule", "Cancel schedule");
		assertThat(page.select("button[formaction]").attr("formaction"))
			.isEqualTo("/admin/resources/7/cancel-schedule");
	}

	@Test
	void amAndPmAreLowerCaseWhateverTheReadersLocale() throws Exception {
		stored(overview(ResourceStatus.SCHEDULED, List.of(), Instant.parse("2027-03-03T15:30:00Z"), null, List.of(),
				false));

		Document page = page(get("/admin/resources/7").header("Accept-Language", "en-US"));

		assertThat(page.select("#status .govuk-tag").text()).isEqualTo("Scheduled for 3 March 2027 at 3:30pm");
	}

	@Test
	void anOverdueIncompleteScheduleIsExplained() throws Exception {
		stored(overview(ResourceStatus.SCHEDULED, List.of(Requirement.EVIDENCE), Instant.parse("2026-05-31T09:00:00Z"),
				null, List.of(), true));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.select(".govuk-warning-text").text()).contains("could not be published");
		assertThat(page.select("#missing a").eachText()).containsExactly("choose an evidence classification");
		assertThat(actions(page)).containsExactly("Cancel schedule");
	}

	@Test
	void aPublishedResourceCanBeUnpublishedOrArchivedAndNamesTheEditionStillPublished() throws Exception {
		stored(overview(ResourceStatus.PUBLISHED, List.of(), null,
				new Related(3L, "The 2019 panel", ResourceStatus.PUBLISHED),
				List.of(new Related(9L, "The 2027 panel", ResourceStatus.DRAFT)), false));

		Document page = page(get("/admin/resources/7"));

		assertThat(actions(page)).containsExactly("Unpublish", "Archive");
		assertThat(page.select("a:containsOwn(Unpublish)").attr("href")).isEqualTo("/admin/resources/7/unpublish");
		assertThat(page.select("#replaces").text()).isEqualTo("This replaces The 2019 panel Published");
		assertThat(page.select("#replaced-still-published a").attr("href")).isEqualTo("/admin/resources/3/archive");
		assertThat(page.select("#replaced-still-published a").text()).isEqualTo("Archive ‘The 2019 panel’");
		assertThat(page.select("#replaced-by li").text()).isEqualTo("The 2027 panel Draft");
		assertThat(page.select("#replaced-by a").attr("href")).isEqualTo("/admin/resources/9");
	}

	@Test
	void anArchivedResourceCanOnlyReturnToDraftAndARepublicationTakesANote() throws Exception {
		stored(overview(ResourceStatus.ARCHIVED, List.of()));
		assertThat(actions(page(get("/admin/resources/7")))).containsExactly("Return to draft");

		stored(new Overview(ID, "Unpublished", overview(ResourceStatus.DRAFT, List.of()).kind(), ResourceStatus.DRAFT,
				"unpublished", "Practice", NOW, null, NOW, null, NOW.minusSeconds(99), null, null, null, List.of(),
				null, List.of(), List.of(), Publishing.actions(ResourceStatus.DRAFT, List.of()), false));
		Document page = page(get("/admin/resources/7"));
		assertThat(page.select("label[for=changeNote]").text()).isEqualTo("Public change note (optional)");
	}

	@Test
	void textIsEscaped() throws Exception {
		Overview plain = overview(ResourceStatus.DRAFT, List.of());
		stored(new Overview(ID, "<script>alert(1)</script>", plain.kind(), plain.status(), "x", "<b>Cat</b>", NOW,
				"<i>who</i>", NOW, null, null, null, null, null,
				List.of(new Overview.Change(NOW, "<img src=x onerror=alert(1)>")), null, List.of(), List.of(),
				plain.actions(), false));

		String html = this.mvc.perform(asEditor(get("/admin/resources/7")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").doesNotContain("<b>Cat");
		assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void anUnknownResourceIsNotFound() throws Exception {
		this.mvc.perform(asEditor(get("/admin/resources/404"))).andExpect(status().isNotFound());
		this.mvc.perform(asEditor(get("/admin/resources/404/unpublish"))).andExpect(status().isNotFound());
		willThrow(new ResourceNotFoundException(404L)).given(this.publishing).archive(404L);
		this.mvc.perform(asEditor(post("/admin/resources/404/archive"))).andExpect(status().isNotFound());
	}

	@Test
	void publishingRedirectsToTheOverviewWithANotice() throws Exception {
		this.mvc.perform(asEditor(post("/admin/resources/7/publish").param("changeNote", "Fixed a typo.")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "publishing.notice.published"));
		verify(this.publishing).publish(ID, "Fixed a typo.");
	}

	@Test
	void aTooLongChangeNoteIsExplainedAndKept() throws Exception {
		stored(new Overview(ID, "Again", overview(ResourceStatus.DRAFT, List.of()).kind(), ResourceStatus.DRAFT,
				"again", "Practice", NOW, null, NOW, null, NOW.minusSeconds(99), null, null, null, List.of(), null,
				List.of(), List.of(), Publishing.actions(ResourceStatus.DRAFT, List.of()), false));
		String note = "<script>x</script>" + "n".repeat(1000);

		String html = this.mvc.perform(asEditor(post("/admin/resources/7/publish").param("changeNote", note)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#changeNote");
		assertThat(page.select("#changeNote-error").text())
			.isEqualTo("Error: Change note must be 1,000 characters or fewer");
		assertThat(page.select("#changeNote").text()).isEqualTo(note);
		assertThat(html).doesNotContain("<script>x");
		verify(this.publishing, never()).publish(any(), any());
	}

	@Test
	void aRefusedActionReturnsToTheOverviewWithTheReason() throws Exception {
		willThrow(new PublishingRefusedException(Action.PUBLISH, ResourceStatus.ARCHIVED)).given(this.publishing)
			.publish(ID, "");
		this.mvc.perform(asEditor(post("/admin/resources/7/publish").param("changeNote", "")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("problem", "publishing.refused.PUBLISH"));

		willThrow(new PublishingRefusedException(Action.PUBLISH, List.of(Requirement.AIM))).given(this.publishing)
			.publish(ID, "x");
		this.mvc.perform(asEditor(post("/admin/resources/7/publish").param("changeNote", "x")))
			.andExpect(flash().attribute("problem", "publishing.refused.incomplete"));

		willThrow(new PublishingRefusedException(Action.CANCEL_SCHEDULE, ResourceStatus.DRAFT)).given(this.publishing)
			.cancelSchedule(ID);
		this.mvc.perform(asEditor(post("/admin/resources/7/cancel-schedule")))
			.andExpect(flash().attribute("problem", "publishing.refused.CANCEL_SCHEDULE"));
	}

	@Test
	void theReasonIsShownOnTheOverview() throws Exception {
		stored(overview(ResourceStatus.ARCHIVED, List.of()));

		Document page = page(get("/admin/resources/7").flashAttr("problem", "publishing.refused.PUBLISH"));

		assertThat(page.select("#problem").text()).isEqualTo("Only a draft or a scheduled resource can be published.");
	}

	@Test
	void twoEditorsActingAtOnceGetAMessageNotAnError() throws Exception {
		willThrow(new ObjectOptimisticLockingFailureException(Resource.class, ID)).given(this.publishing)
			.returnToDraft(ID);

		this.mvc.perform(asEditor(post("/admin/resources/7/return-to-draft")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("problem", "publishing.refused.changed-meanwhile"));
	}

	@Test
	void unpublishingAsksFirst() throws Exception {
		stored(overview(ResourceStatus.PUBLISHED, List.of()));

		Document page = page(get("/admin/resources/7/unpublish"));

		assertThat(page.title()).isEqualTo("Unpublish A heritage panel – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("Are you sure you want to unpublish ‘A heritage panel’?");
		assertThat(page.select("main form").attr("action")).isEqualTo("/admin/resources/7/unpublish");
		assertThat(page.select("main form button").text()).isEqualTo("Yes, unpublish it");
		assertThat(page.select("main form a").attr("href")).isEqualTo("/admin/resources/7");
		assertThat(page.select(".govuk-breadcrumbs a").eachText()).containsExactly("Home", "Dashboard", "Resources",
				"A heritage panel");
		verify(this.publishing, never()).unpublish(anyLong());

		this.mvc.perform(asEditor(post("/admin/resources/7/unpublish")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "publishing.notice.unpublished"));
		verify(this.publishing).unpublish(ID);
	}

	@Test
	void archivingAsksFirstAndSaysWhatReplacesIt() throws Exception {
		stored(overview(ResourceStatus.PUBLISHED, List.of(), null, null,
				List.of(new Related(9L, "The 2027 panel", ResourceStatus.PUBLISHED)), false));

		Document page = page(get("/admin/resources/7/archive"));

		assertThat(page.select("h1").text()).isEqualTo("Are you sure you want to archive ‘A heritage panel’?");
		assertThat(page.select(".govuk-inset-text").text()).contains("‘The 2027 panel’ replaces it");
		assertThat(page.select("main form").attr("action")).isEqualTo("/admin/resources/7/archive");

		this.mvc.perform(asEditor(post("/admin/resources/7/archive")))
			.andExpect(flash().attribute("notice", "publishing.notice.archived"));
		verify(this.publishing).archive(ID);
	}

	@Test
	void aConfirmationForTheWrongStatusGoesBackToTheOverview() throws Exception {
		stored(overview(ResourceStatus.DRAFT, List.of()));

		this.mvc.perform(asEditor(get("/admin/resources/7/archive")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("problem", "publishing.refused.ARCHIVE"));
		this.mvc.perform(asEditor(get("/admin/resources/7/unpublish")))
			.andExpect(flash().attribute("problem", "publishing.refused.UNPUBLISH"));
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		for (String action : List.of("publish", "cancel-schedule", "return-to-draft", "unpublish", "archive",
				"schedule")) {
			this.mvc.perform(post("/admin/resources/7/" + action).with(user("e@example.org").roles("EDITOR")))
				.andExpect(status().isForbidden());
		}
		verifyNoInteractions(this.publishing);
	}

	@Test
	void readersWithoutTheEditorRoleAreRefused() throws Exception {
		this.mvc.perform(get("/admin/resources/7")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/admin/resources/7").with(user("r@example.org").roles("READER")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.publishing);
	}

	@Test
	void anAddressThatIsNotAnIdIsNotFound() throws Exception {
		given(this.publishing.overview(any())).willThrow(new IllegalStateException("not called"));
		this.mvc.perform(asEditor(get("/admin/resources/abc"))).andExpect(status().isNotFound());
	}

	@Test
	void theAttachmentsSectionListsEachFileWithItsStatusAndActions() throws Exception {
		stored(overview(ResourceStatus.DRAFT, List.of()));
		given(this.attachments.rows(ID)).willReturn(List.of(
				row(11, "Referral form", ExtractionStatus.EXTRACTED, null, 35, 1_258_291, 3, false, true, false),
				row(12, "Old minutes", ExtractionStatus.NO_TEXT_LAYER, null, 2, 900, 1, false, false, false),
				row(13, "Locked plan", ExtractionStatus.ENCRYPTED, null, null, 2048, 0, true, false, false),
				row(14, "Broken file", ExtractionStatus.FAILED, "The cross-reference table is broken.", null, 10, 0,
						false, false, false),
				row(15, "Data sheet", ExtractionStatus.NOT_SUPPORTED, null, null, 10, 0, false, false, false),
				row(16, "New file", ExtractionStatus.PENDING, null, null, 10, 0, false, false, true)));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.select("#attachments h2").text()).isEqualTo("Attachments");
		assertThat(page.select("#attachments li h3 a").eachText()).containsExactly("Referral form", "Old minutes",
				"Locked plan", "Broken file", "Data sheet", "New file");
		assertThat(page.select("#attachment-11 h3 a").attr("href")).isEqualTo("/files/11/referral-form.pdf");
		assertThat(page.select("#attachments .govuk-tag").eachText()).containsExactly("Read", "No text layer (scanned)",
				"Encrypted", "Failed", "Not read", "Pending");
		assertThat(page.select("#attachment-11 .govuk-tag").hasClass("govuk-tag--green")).isTrue();
		assertThat(page.select("#attachment-14 .library-attachments-admin__reason").text())
			.isEqualTo("Reason: The cross-reference table is broken.");
		assertThat(page.select("#attachment-11 .govuk-summary-list__value").eachText())
			.containsExactly("referral-form.pdf PDF, 1.2 MB, 35 pages", "Downloaded 3 times", "Read", "Not offered");
		assertThat(page.select("#attachment-12 .govuk-summary-list__value").get(1).text()).isEqualTo("Downloaded once");
		assertThat(page.select("#attachment-13 .govuk-summary-list__value").eachText()).contains("Not downloaded yet",
				"Available on request");
		assertThat(page.select(".library-attachments-admin__accessible-hint").eachText()).hasSize(2)
			.allSatisfy((hint) -> assertThat(hint).startsWith("Screen readers cannot read this file."));
		assertThat(page.select("#attachment-12 .library-attachments-admin__accessible-hint")).hasSize(1);
		assertThat(page.select("#attachment-14 .library-attachments-admin__accessible-hint")).hasSize(1);

		assertThat(page.select("#attachment-11 form").eachAttr("action"))
			.containsExactly("/admin/resources/7/attachments/11/move-down");
		assertThat(page.select("#attachment-16 form").eachAttr("action"))
			.containsExactly("/admin/resources/7/attachments/16/move-up");
		assertThat(page.select("#attachment-12 form button").eachText()).containsExactly("Move up Old minutes",
				"Move down Old minutes");
		assertThat(page.select("#attachment-12 form input[name=_csrf]")).hasSize(2);
		assertThat(page.select("#attachment-12 .library-attachments-admin__actions a").eachAttr("href"))
			.containsExactly("/admin/resources/7/attachments/12/edit", "/admin/resources/7/attachments/12/remove");
		assertThat(page.select("#attachment-12 .library-attachments-admin__actions a").eachText())
			.containsExactly("Change Old minutes", "Remove Old minutes");
		assertThat(page.select("#attachments > a.govuk-button").attr("href"))
			.isEqualTo("/admin/resources/7/attachments/new");
	}

	@Test
	void aResourceWithoutAttachmentsSaysSo() throws Exception {
		stored(overview(ResourceStatus.DRAFT, List.of()));

		Document page = page(get("/admin/resources/7"));

		assertThat(page.select("#attachments p").text()).isEqualTo("This resource has no attachments yet.");
		assertThat(page.select("#attachments li")).isEmpty();
		assertThat(page.select("#attachments > a.govuk-button").text()).isEqualTo("Add attachment");
	}

	private static AttachmentRow row(long id, String title, ExtractionStatus status, String reason, Integer pages,
			long size, long downloads, boolean accessible, boolean first, boolean last) {
		String fileName = title.toLowerCase(Locale.ROOT).replace(' ', '-') + ".pdf";
		return new AttachmentRow(id, ID, title, fileName, "/files/" + id + "/" + fileName, FileKind.PDF,
				new FileSize(size), pages, downloads, status, reason, accessible, first, last);
	}

	private static List<String> actions(Document page) {
		return page.select("form.library-actions .govuk-button").eachText();
	}

}
