package uk.youthjustice.library.editorial;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.attachments.UploadRefused;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Add attachment", changing, moving and removing an attachment, through the real
 * controllers, templates and {@link EditorialAttachments} over a mocked
 * {@link Attachments}: every refusal is explained on the page with nothing typed lost,
 * and an address naming another resource's attachment is a 404.
 */
@WebMvcTest({ NewAttachmentController.class, AttachmentController.class })
@Import({ EditorialAttachments.class, AttachmentPages.class, UploadLimit.class })
class AttachmentControllerTests {

	static final String SHA = "a".repeat(64);

	static final StoredFile PDF = new StoredFile(SHA, 1_258_291, "referral-form.pdf", "application/pdf");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Attachments attachments;

	@MockitoBean
	EditableResources resources;

	private final Category category = new Category("guidance", "Guidance", null, 1);

	private Attachment first;

	private Attachment second;

	private Attachment third;

	@BeforeEach
	void aResourceWithThreeAttachments() {
		given(this.resources.findById(7L)).willReturn(Optional
			.of(new Resource(ResourceKind.GUIDANCE_DOCUMENT, "referrals", "Referral guidance", this.category)));
		given(this.resources.findById(8L)).willReturn(
				Optional.of(new Resource(ResourceKind.GUIDANCE_DOCUMENT, "other", "Another resource", this.category)));
		this.first = attachment(11L, 7L, 0, "Referral form");
		this.second = attachment(12L, 7L, 1, "Guidance notes");
		this.third = attachment(13L, 7L, 2, "Data sheet");
		given(this.attachments.forResource(7L)).willReturn(List.of(this.first, this.second, this.third));
		given(this.attachments.forResource(8L)).willReturn(List.of(attachment(21L, 8L, 0, "Not yours")));
	}

	@Test
	void theAddPageIsAMultipartFormWithItsFields() throws Exception {
		Document page = page(
				this.mvc.perform(editor(get("/admin/resources/7/attachments/new"))).andExpect(status().isOk()));

		assertThat(page.title()).isEqualTo("Add attachment: Referral guidance – Youth Justice Practice Library");
		assertThat(page.select("h1").text()).isEqualTo("Add attachment");
		assertThat(page.select(".govuk-breadcrumbs a").eachAttr("href")).contains("/admin/resources/7");
		assertThat(page.select("main form").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(page.select("main form").attr("action")).isEqualTo("/admin/resources/7/attachments/new");
		assertThat(page.select("main form input[name=_csrf]")).hasSize(1);
		assertThat(page.select("main form").attr("data-module")).isEqualTo("library-upload-progress");
		assertThat(page.select("input.govuk-file-upload#file[name=file][type=file]")).hasSize(1);
		assertThat(page.select("#file-hint").text()).endsWith("smaller than 50 MB.");
		assertThat(page.select("#title").val()).isEmpty();
		assertThat(page.select("#accessibleFormatOnRequest").hasAttr("checked")).isFalse();
		assertThat(page.select(".library-upload-progress[hidden] progress[max=100]")).hasSize(1);
		assertThat(page.select(".library-upload-progress [aria-live=polite]")).hasSize(1);
		assertThat(page.select(".govuk-error-summary")).isEmpty();
	}

	@Test
	void aFileIsAttachedUnderItsNameWhenNoTitleIsGiven() throws Exception {
		given(this.attachments.receive(eq("referral-form.pdf"), any(InputStream.class))).willReturn(PDF);

		this.mvc.perform(editor(upload(pdf())))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "editorial.notice.attached"))
			.andExpect(flash().attribute("noticeArgs", new Object[] { "referral-form" }));

		verify(this.attachments).attach(7L, PDF, "referral-form", false);
	}

	@Test
	void aFileIsAttachedWithItsTitleAndAccessibleFormatFlag() throws Exception {
		given(this.attachments.receive(eq("referral-form.pdf"), any(InputStream.class))).willReturn(PDF);

		this.mvc
			.perform(editor(
					upload(pdf()).param("title", "  Referral form  ").param("accessibleFormatOnRequest", "true")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("noticeArgs", new Object[] { "Referral form" }));

		verify(this.attachments).attach(7L, PDF, "Referral form", true);
	}

	@Test
	void withoutAFileTheEditorIsAskedForOneAndKeepsWhatTheyTyped() throws Exception {
		for (MockMultipartHttpServletRequestBuilder request : List.of(upload(),
				upload(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])))) {
			Document page = refused(
					request.param("title", "Referral form <b>").param("accessibleFormatOnRequest", "true"));

			assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Select a file");
			assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#file");
			assertThat(page.select("#file-error").text()).isEqualTo("Error: Select a file");
			assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint file-error");
			assertThat(page.select(".govuk-form-group--error #file.govuk-file-upload--error")).hasSize(1);
			assertThat(page.select("#title").val()).isEqualTo("Referral form <b>");
			assertThat(page.select("#accessibleFormatOnRequest").hasAttr("checked")).isTrue();
		}
		verify(this.attachments, never()).receive(anyString(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "empty", "too-large", "not-accepted", "dangerous", "mismatch" })
	void aRefusedFileIsNamedWithTheReasonAndNothingTypedIsLost(String reason) throws Exception {
		given(this.attachments.receive(eq("virus.pdf"), any(InputStream.class)))
			.willThrow(new UploadRefused("attachments.refused." + reason, "virus.pdf", "50 MB"));

		Document page = refused(upload(new MockMultipartFile("file", "virus.pdf", "application/pdf", new byte[] { 1 }))
			.param("title", "Kept title")
			.param("accessibleFormatOnRequest", "true"));

		assertThat(page.select(".govuk-error-summary a")).singleElement()
			.satisfies((link) -> assertThat(link.text()).contains("virus.pdf"))
			.satisfies((link) -> assertThat(link.attr("href")).isEqualTo("#file"));
		assertThat(page.select("#file-error").text()).startsWith("Error: ").contains("virus.pdf");
		assertThat(page.select("#title").val()).isEqualTo("Kept title");
		assertThat(page.select("#accessibleFormatOnRequest").hasAttr("checked")).isTrue();
		assertThat(page.select("#kept-file")).isEmpty();
	}

	@Test
	void aFileReceivedBeforeAnotherErrorIsKeptCheckedAgainAndThenAttached() throws Exception {
		given(this.attachments.receive(eq("referral-form.pdf"), any(InputStream.class))).willReturn(PDF);

		Document page = refused(upload(pdf()).param("title", "x".repeat(301)));

		assertThat(page.select("#title-error").text()).isEqualTo("Error: Title must be 300 characters or fewer");
		assertThat(page.select("input[type=hidden][name=sha256]").val()).isEqualTo(SHA);
		assertThat(page.select("input[type=hidden][name=fileName]").val()).isEqualTo("referral-form.pdf");
		assertThat(page.select("#kept-file p").text())
			.isEqualTo("referral-form.pdf is uploaded and will be attached when you save.");
		assertThat(page.select("#kept-file button[name=removeFile]").text()).isEqualTo("Remove referral-form.pdf");
		assertThat(page.select("#file")).isEmpty();

		given(this.attachments.received(SHA, "referral-form.pdf")).willReturn(Optional.of(PDF));
		this.mvc
			.perform(
					editor(upload().param("sha256", SHA).param("fileName", "referral-form.pdf").param("title", "Form")))
			.andExpect(redirectedUrl("/admin/resources/7"));
		verify(this.attachments).attach(7L, PDF, "Form", false);
	}

	@Test
	void aKeptFileThatIsNotStoredIsNotTrusted() throws Exception {
		given(this.attachments.received(anyString(), anyString())).willReturn(Optional.empty());

		Document page = refused(upload().param("sha256", "../../etc/passwd").param("fileName", "passwd.pdf"));

		assertThat(page.select("#file-error").text()).isEqualTo("Error: Select a file");
		assertThat(page.select("input[name=sha256]")).isEmpty();
		verify(this.attachments, never()).attach(anyLong(), any(), anyString(), anyBoolean());
	}

	@Test
	void removeDropsAKeptFileAndKeepsTheRest() throws Exception {
		Document page = page(this.mvc
			.perform(editor(upload().param("sha256", SHA)
				.param("fileName", "referral-form.pdf")
				.param("title", "Kept")
				.param("removeFile", "remove")))
			.andExpect(status().isOk()));

		assertThat(page.select("#kept-file, input[name=sha256], .govuk-error-summary")).isEmpty();
		assertThat(page.select("#file")).hasSize(1);
		assertThat(page.select("#title").val()).isEqualTo("Kept");
		verify(this.attachments, never()).attach(anyLong(), any(), anyString(), anyBoolean());
	}

	@Test
	void aRequestOverTheContainersLimitGoesBackToTheFormWithTheLimit() throws Exception {
		// The container refuses such a request before any controller; in this slice the
		// same exception comes from the service instead, and the same advice handles it.
		given(this.attachments.receive(anyString(), any(InputStream.class)))
			.willThrow(new MaxUploadSizeExceededException(52_428_800));

		ResultActions refused = this.mvc
			.perform(editor(multipart("/admin/resources/7/attachments/new?_csrf=token").file(pdf())))
			.andExpect(redirectedUrl("/admin/resources/7/attachments/new"))
			.andExpect(flash().attributeExists(UploadTooLarge.FLASH));
		Object limit = refused.andReturn().getFlashMap().get(UploadTooLarge.FLASH);
		assertThat(limit).isInstanceOf(DefaultMessageSourceResolvable.class);

		Document page = page(this.mvc
			.perform(editor(get("/admin/resources/7/attachments/new")).flashAttr(UploadTooLarge.FLASH, limit))
			.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").text())
			.isEqualTo("The selected file must be smaller than 50 MB");
		assertThat(page.select("#file-error").text()).isEqualTo("Error: The selected file must be smaller than 50 MB");
	}

	@Test
	void anUnknownResourceIsNotFound() throws Exception {
		this.mvc.perform(editor(get("/admin/resources/404/attachments/new"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(upload("/admin/resources/404/attachments/new").file(pdf())))
			.andExpect(status().isNotFound());
		verify(this.attachments, never()).receive(anyString(), any());
	}

	@Test
	void anUnknownAttachmentOrOneOfAnotherResourceIsNotFound() throws Exception {
		for (String path : List.of("/admin/resources/7/attachments/99", "/admin/resources/7/attachments/21",
				"/admin/resources/8/attachments/11")) {
			this.mvc.perform(editor(get(path + "/edit"))).andExpect(status().isNotFound());
			this.mvc.perform(editor(post(path + "/edit").param("title", "Mine now"))).andExpect(status().isNotFound());
			this.mvc.perform(editor(post(path + "/move-up"))).andExpect(status().isNotFound());
			this.mvc.perform(editor(post(path + "/move-down"))).andExpect(status().isNotFound());
			this.mvc.perform(editor(get(path + "/remove"))).andExpect(status().isNotFound());
			this.mvc.perform(editor(post(path + "/remove"))).andExpect(status().isNotFound());
		}
		verify(this.attachments, never()).describe(anyLong(), anyString(), anyBoolean());
		verify(this.attachments, never()).move(anyLong(), anyInt());
		verify(this.attachments, never()).remove(anyLong());
	}

	@Test
	void attachmentsMoveOnePlaceAndNeverPastTheEnds() throws Exception {
		this.mvc.perform(editor(post("/admin/resources/7/attachments/12/move-up")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "editorial.notice.moved-up"))
			.andExpect(flash().attribute("noticeArgs", new Object[] { "Guidance notes" }));
		verify(this.attachments).move(12L, -1);

		this.mvc.perform(editor(post("/admin/resources/7/attachments/12/move-down")))
			.andExpect(flash().attribute("notice", "editorial.notice.moved-down"));
		verify(this.attachments).move(12L, 1);

		this.mvc.perform(editor(post("/admin/resources/7/attachments/11/move-up")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attributeCount(0));
		this.mvc.perform(editor(post("/admin/resources/7/attachments/13/move-down")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attributeCount(0));
		verify(this.attachments, never()).move(11L, -1);
		verify(this.attachments, never()).move(13L, 1);
	}

	@Test
	void theChangePageChangesTitleAndFlag() throws Exception {
		Document page = page(
				this.mvc.perform(editor(get("/admin/resources/7/attachments/11/edit"))).andExpect(status().isOk()));
		assertThat(page.title()).isEqualTo("Change attachment: Referral form – Youth Justice Practice Library");
		assertThat(page.select("#title").val()).isEqualTo("Referral form");
		assertThat(page.select("#accessibleFormatOnRequest").hasAttr("checked")).isFalse();
		assertThat(page.select("main form").attr("action")).isEqualTo("/admin/resources/7/attachments/11/edit");

		this.mvc
			.perform(editor(post("/admin/resources/7/attachments/11/edit").param("title", " Referral form (2026) ")
				.param("accessibleFormatOnRequest", "true")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "editorial.notice.attachment-changed"))
			.andExpect(flash().attribute("noticeArgs", new Object[] { "Referral form (2026)" }));
		verify(this.attachments).describe(11L, "Referral form (2026)", true);
	}

	@Test
	void aChangeWithoutATitleIsExplainedAndKeepsTheFlag() throws Exception {
		Document page = page(this.mvc
			.perform(editor(post("/admin/resources/7/attachments/11/edit").param("title", " ")
				.param("accessibleFormatOnRequest", "true")))
			.andExpect(status().isUnprocessableContent()));

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select("#title-error").text()).isEqualTo("Error: Enter a title");
		assertThat(page.select("#accessibleFormatOnRequest").hasAttr("checked")).isTrue();
		verify(this.attachments, never()).describe(anyLong(), anyString(), anyBoolean());
	}

	@Test
	void removingAsksFirst() throws Exception {
		Document page = page(
				this.mvc.perform(editor(get("/admin/resources/7/attachments/12/remove"))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Are you sure you want to remove ‘Guidance notes’?");
		assertThat(page.select("main form").attr("action")).isEqualTo("/admin/resources/7/attachments/12/remove");
		verify(this.attachments, never()).remove(anyLong());

		this.mvc.perform(editor(post("/admin/resources/7/attachments/12/remove")))
			.andExpect(redirectedUrl("/admin/resources/7"))
			.andExpect(flash().attribute("notice", "editorial.notice.attachment-removed"))
			.andExpect(flash().attribute("noticeArgs", new Object[] { "Guidance notes" }));
		verify(this.attachments).remove(12L);
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(multipart("/admin/resources/7/attachments/new").file(pdf())
				.with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/resources/7/attachments/11/remove").with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isForbidden());
		verify(this.attachments, never()).remove(anyLong());
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> Document refused(B request) throws Exception {
		Document page = page(this.mvc.perform(editor(request)).andExpect(status().isUnprocessableContent()));
		assertThat(page.title()).startsWith("Error: Add attachment: Referral guidance");
		verify(this.attachments, never()).attach(anyLong(), any(), anyString(), anyBoolean());
		return page;
	}

	private static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "referral-form.pdf", "application/pdf", "%PDF-1.7".getBytes());
	}

	private static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = upload("/admin/resources/7/attachments/new");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder upload(String path) {
		return multipart(path);
	}

	static Attachment attachment(Long id, Long resourceId, int position, String title) {
		Attachment attachment = new Attachment(resourceId, position, title,
				new StoredFile(SHA, 1_258_291, title.toLowerCase().replace(' ', '-') + ".pdf", "application/pdf"));
		ReflectionTestUtils.setField(attachment, "id", id);
		attachment.recordExtraction(new ExtractionResult(ExtractionStatus.EXTRACTED, null, List.of("Text"), true, 35,
				null, null, null, false), Instant.parse("2026-05-01T10:00:00Z"));
		return attachment;
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B editor(B request) {
		return request.with(user("e@example.org").roles("EDITOR")).with(csrf());
	}

	private static Document page(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

}
