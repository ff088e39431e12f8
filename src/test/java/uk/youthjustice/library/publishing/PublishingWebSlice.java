package uk.youthjustice.library.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourcePages;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.editorial.EditorialAttachments;
import uk.youthjustice.library.publishing.Overview.Change;
import uk.youthjustice.library.publishing.Overview.Related;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Base of the workflow's web slice tests (it holds no tests itself): the admin pages
 * through the real controllers, templates and validators, with the {@link Publishing}
 * service replaced by overviews built in memory at a fixed time.
 */
@WebMvcTest(controllers = { ResourceOverviewController.class, ScheduleController.class, ConfirmationController.class,
		PreviewController.class })
@Import({ AdminFrame.class, ScheduleFormValidator.class, PublishingWebFixtures.class })
abstract class PublishingWebSlice {

	/** 1 June 2026, 1pm in London. */
	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	static final Long ID = 7L;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Publishing publishing;

	@MockitoBean
	ResourcePages pages;

	@MockitoBean
	EditorialAttachments attachments;

	static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(user("e@example.org").roles("EDITOR")).with(csrf());
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(asEditor(request)).andReturn().getResponse().getContentAsString());
	}

	void stored(Overview overview) {
		given(this.publishing.overview(overview.id())).willReturn(Optional.of(overview));
	}

	static Overview overview(ResourceStatus status, List<Requirement> missing) {
		return overview(status, missing, null, null, List.of(), false);
	}

	static Overview overview(ResourceStatus status, List<Requirement> missing, Instant publishAt, Related replaces,
			List<Related> replacedBy, boolean overdue) {
		Instant publishedAt = (status == ResourceStatus.PUBLISHED || status == ResourceStatus.ARCHIVED)
				? Instant.parse("2026-01-12T09:00:00Z") : null;
		return new Overview(ID, "A heritage panel", ResourceKind.PRACTICE_EXAMPLE, status, "heritage-panel",
				"Practice examples", Instant.parse("2026-01-05T10:15:00Z"), "ann@example.org",
				Instant.parse("2026-05-31T16:45:00Z"), null, publishedAt, publishAt, null, LocalDate.of(2027, 1, 31),
				List.of(new Change(Instant.parse("2026-02-01T09:00:00Z"), "Added a contact.")), replaces, replacedBy,
				missing, Publishing.actions(status, missing), overdue);
	}

}
