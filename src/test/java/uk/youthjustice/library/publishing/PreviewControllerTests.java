package uk.youthjustice.library.publishing;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourcePage;
import uk.youthjustice.library.catalogue.ResourcePage.Term;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.catalogue.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public page of any resource, for editors, under a preview banner. */
class PreviewControllerTests extends PublishingWebSlice {

	@Test
	void aDraftIsShownAsThePublicWouldSeeItUnderABanner() throws Exception {
		given(this.pages.preview(ID)).willReturn(Optional.of(page(ResourceStatus.DRAFT)));

		MvcResult result = this.mvc.perform(asEditor(get("/admin/resources/7/preview")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).isEqualTo("A heritage panel – Youth Justice Practice Library");
		assertThat(page.select(".library-preview-banner .govuk-notification-banner__heading").text())
			.isEqualTo("This is a preview. The public cannot see this page yet.");
		assertThat(page.select(".library-preview-banner").text()).contains("Status: Draft");
		assertThat(page.select(".library-preview-banner a").attr("href")).isEqualTo("/admin/resources/7");
		assertThat(page.select("h1").text()).isEqualTo("A heritage panel");
		assertThat(page.select(".library-history__line").text()).isEqualTo("Published 1 June 2026");
		assertThat(page.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
		assertThat(page.select(".govuk-breadcrumbs a").eachText()).containsExactly("Home", "Practice examples");
	}

	@Test
	void thePublicPageHasNoBanner() throws Exception {
		given(this.pages.preview(ID)).willReturn(Optional.of(page(ResourceStatus.PUBLISHED)));

		Document page = page(get("/admin/resources/7/preview"));

		assertThat(page.select(".library-preview-banner .govuk-notification-banner__heading").text())
			.isEqualTo("This is a preview. The public can already see this page.");
	}

	@Test
	void anUnknownResourceHasNoPreview() throws Exception {
		given(this.pages.preview(ID)).willReturn(Optional.empty());

		this.mvc.perform(asEditor(get("/admin/resources/7/preview"))).andExpect(status().isNotFound());
	}

	@Test
	void readersCannotPreview() throws Exception {
		this.mvc.perform(get("/admin/resources/7/preview")).andExpect(status().is4xxClientError());
	}

	private static ResourcePage page(ResourceStatus status) {
		return new ResourcePage(ResourceKind.PRACTICE_EXAMPLE, status, "heritage-panel", "A heritage panel",
				"Reviews care plans.", "<p class=\"govuk-body\">It works.</p>",
				new Term("practice-examples", "Practice examples"), List.of(), "Promising", AgeRange.NOT_APPLICABLE,
				Sex.NOT_APPLICABLE, CostKind.NONE, null, List.of("Build trust"), List.of("Recruit"), List.of(), null,
				null, List.of(), null, null, null, List.of(), NOW, List.of(), List.of(), NOW, "r");
	}

}
