package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.attachments.FileKind;
import uk.youthjustice.library.attachments.FileSize;
import uk.youthjustice.library.catalogue.ResourcePage.Link;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resource page through the real controller and {@link ResourcePages}, with the
 * database replaced by resources built in memory at a fixed time.
 */
@WebMvcTest(ResourceController.class)
@Import({ ResourcePages.class, ResourceControllerTests.Fixtures.class })
class ResourceControllerTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourcePages pages;

	@MockitoBean
	ResourceRepository resources;

	@MockitoBean
	Attachments attachments;

	// The layout's canonical link; a @WebMvcTest does not build the system feature's
	// beans.
	@MockitoBean
	PublicAddress address;

	private final Category category = new Category("practice-examples", "Practice examples", null, 1);

	@BeforeEach
	void nothingElseExists() {
		this.pages.forgetRelated();
		given(this.resources.findPageBySlug(anyString())).willReturn(Optional.empty());
		given(this.resources.findByPreviousSlug(anyString())).willReturn(Optional.empty());
	}

	@Test
	void practiceExampleShowsEveryFieldOfTheContentModel() throws Exception {
		practiceExample("heritage-panel");
		Attachment file = attachment();
		given(this.attachments.forResource(any())).willReturn(List.of(file));
		given(this.resources.relatedSlugsVisibleAt(any(), any(), any(), any(), anyInt()))
			.willReturn(List.of("girls-group"));
		given(this.resources.publicLinksTo(any(), any())).willReturn(List
			.of(new Link("girls-group", "A girls' group", ResourceKind.PRACTICE_EXAMPLE, NOW.minusSeconds(99), NOW)));

		Document page = page("/resources/heritage-panel");

		assertThat(page.title()).isEqualTo("A heritage panel – Youth Justice Practice Library");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Reviews care plans.");
		assertThat(page.select("h1").text()).isEqualTo("A heritage panel");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Practice example");
		assertThat(page.select(".govuk-body-l").text()).isEqualTo("Reviews care plans.");
		assertThat(facts(page)).containsExactly("Type Practice example", "Category Practice examples",
				"Age range 10 to 17", "Sex Female", "Cost Has a cost: £50 maximum", "Evidence Promising",
				"Published 24 June 2016");
		assertThat(listAfter(page, "Aims")).containsExactly("Build trust", "Keep children in school");
		assertThat(page.select(".library-markdown p.govuk-body strong").text()).isEqualTo("works");
		assertThat(page.select(".library-markdown script")).isEmpty();
		assertThat(page.select("h2:containsOwn(Implementing the practice) + ol.govuk-list--number li").eachText())
			.containsExactly("Recruit panel members", "Train them");
		assertThat(page.select(".library-contact-card h3 a").eachAttr("href")).containsExactly("/contacts/leeds-yjs",
				"/contacts/open-road");
		assertThat(page.select(".library-contact-card a[href^=tel:]").attr("href")).isEqualTo("tel:01134960000");
		assertThat(page.select(".library-contact-card a[href^=mailto:]").attr("href"))
			.isEqualTo("mailto:sam@example.org.uk");
		assertThat(page.select("h2:containsOwn(Source organisation) + .library-contact-card").text())
			.contains("Open Road Trust")
			.contains("https://www.openroad.example.org.uk");
		assertThat(page.select("h2:containsOwn(Source organisation) + .library-contact-card a[href^=http]").size())
			.isEqualTo(1);
		assertThat(page.select(".library-attachment__title a").attr("href")).isEqualTo("/files/7/heritage%20panel.pdf");
		assertThat(page.select(".library-attachment__thumbnail img").attr("src")).isEqualTo("/thumbnails/7.png");
		assertThat(page.select(".library-attachment__metadata").eachText()).containsExactly("PDF, 1.2 MB, 35 pages",
				"This file may not be suitable for users of assistive technology.");
		assertThat(page.select(".library-attachment__request a").attr("href")).startsWith(
				"mailto:enquiries@example.org.uk?subject=Accessible%20format%20request:%20Panel%20terms%20of%20reference&body=");
		assertThat(page.select("a[href=/resources/heritage-panel/attachments.zip]")).isEmpty();
		assertThat(page.select(".library-history__line").eachText()).containsExactly("Published 24 June 2016",
				"Last updated 3 March 2024 — Added the second contact.");
		assertThat(page.select("details .library-history__list li").eachText()).containsExactly(
				"3 March 2024 Added the second contact.", "1 February 2020 Updated the aims.",
				"24 June 2016 First published.");
		assertThat(page.select(".govuk-breadcrumbs a").eachAttr("href")).containsExactly("/",
				"/categories/practice-examples");
		assertThat(page.select(".library-tag-link").eachAttr("href")).containsExactly("/categories/practice-examples",
				"/topics/education", "/topics/looked-after-children");
		assertThat(page.select(".library-related__list a").attr("href")).isEqualTo("/resources/girls-group");
		assertThat(page.select("link[rel=alternate][href=/feeds/categories/practice-examples.atom]").attr("title"))
			.isEqualTo("New in Practice examples");
		assertThat(page.text()).doesNotContain("??");
	}

	@Test
	void severalFilesOfferAZipAndAScanIsOfferedInAnAccessibleFormat() throws Exception {
		practiceExample("heritage-panel");
		Attachment scan = mock(Attachment.class);
		given(scan.getId()).willReturn(8L);
		given(scan.getTitle()).willReturn("Signed agreement");
		given(scan.getFileName()).willReturn("agreement.pdf");
		given(scan.getKind()).willReturn(FileKind.PDF);
		given(scan.getSize()).willReturn(new FileSize(99_000));
		given(scan.getDownloadPath()).willReturn("/files/8/agreement.pdf");
		given(scan.getExtractionStatus()).willReturn(ExtractionStatus.NO_TEXT_LAYER);
		Attachment notes = mock(Attachment.class);
		given(notes.getId()).willReturn(9L);
		given(notes.getTitle()).willReturn("Panel notes");
		given(notes.getFileName()).willReturn("notes.odt");
		given(notes.getKind()).willReturn(FileKind.OPEN_DOCUMENT_TEXT);
		given(notes.getSize()).willReturn(new FileSize(2_048));
		given(notes.getDownloadPath()).willReturn("/files/9/notes.odt");
		given(notes.getExtractionStatus()).willReturn(ExtractionStatus.EXTRACTED);
		given(this.attachments.forResource(any())).willReturn(List.of(scan, notes));

		Document page = page("/resources/heritage-panel");

		assertThat(page.select(".library-attachment")).hasSize(2);
		assertThat(page.select(".library-attachment").get(0).select(".library-attachment__request")).hasSize(1);
		assertThat(page.select(".library-attachment").get(0).select("img")).isEmpty();
		assertThat(page.select(".library-attachment").get(1).select(".library-attachment__request")).isEmpty();
		assertThat(page.select(".library-attachment").get(1).select(".library-attachment__metadata").text())
			.isEqualTo("OpenDocument Text, 2 KB");
		assertThat(page.select("a[href=/resources/heritage-panel/attachments.zip]").text())
			.isEqualTo("Download all documents (zip)");
	}

	@Test
	void guidanceShowsPublisherAudienceLinkAndWhatItReplaces() throws Exception {
		Resource earlier = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "guide-2021", "Diversion guide 2021",
				this.category);
		earlier.publish(Instant.parse("2021-04-28T09:30:00Z"));
		earlier.archive();
		Resource guidance = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "guide-2025", "Diversion guide 2025",
				this.category);
		guidance.setPublisher("Youth Justice Board");
		guidance.getAudience().addAll(List.of("YJS managers", "Police"));
		guidance.setExternalUrl("https://www.example.org.uk/diversion");
		guidance.setReplaces(earlier);
		guidance.publish(Instant.parse("2025-02-27T09:30:00Z"));
		given(this.resources.findPageBySlug("guide-2025")).willReturn(Optional.of(guidance));
		given(this.resources.replacementsVisibleAt(any(), any(), any())).willReturn(
				List.of(new Link("guide-2027", "Diversion guide 2027", ResourceKind.GUIDANCE_DOCUMENT, NOW, NOW)));

		Document page = page("/resources/guide-2025");

		assertThat(facts(page)).containsExactly("Type Guidance", "Category Practice examples",
				"Publisher Youth Justice Board", "Published 27 February 2025");
		assertThat(listAfter(page, "Who it is for")).containsExactly("YJS managers", "Police");
		assertThat(page.select("a[href=https://www.example.org.uk/diversion]").text())
			.isEqualTo("Read the full document on the publisher’s website");
		assertThat(page.select(".govuk-inset-text").text()).isEqualTo("This replaces Diversion guide 2021");
		assertThat(page.select(".govuk-inset-text a")).as("an archived resource is not linked").isEmpty();
		assertThat(page.select(".govuk-notification-banner__heading").text())
			.isEqualTo("This has been replaced by Diversion guide 2027");
		assertThat(page.select(".govuk-notification-banner a").attr("href")).isEqualTo("/resources/guide-2027");
		assertThat(page.select("h2:containsOwn(Aims), h2:containsOwn(Contacts), .library-history details")).isEmpty();
	}

	@Test
	void unknownDraftAndScheduledResourcesAreNotFound() throws Exception {
		Resource draft = practiceExample("draft");
		draft.getTopics().clear();
		Resource scheduled = practiceExample("scheduled");
		scheduled.schedule(NOW.plusSeconds(60));
		Resource publishedLater = new Resource(ResourceKind.PRACTICE_EXAMPLE, "later", "Later", this.category);
		publishedLater.publish(NOW.plusSeconds(60));
		given(this.resources.findPageBySlug("draft"))
			.willReturn(Optional.of(new Resource(ResourceKind.PRACTICE_EXAMPLE, "draft", "Draft", this.category)));
		given(this.resources.findPageBySlug("scheduled")).willReturn(Optional.of(scheduled));

		this.mvc.perform(get("/resources/no-such-thing")).andExpect(status().isNotFound());
		this.mvc.perform(get("/resources/draft")).andExpect(status().isNotFound());
		this.mvc.perform(get("/resources/scheduled")).andExpect(status().isNotFound());
		this.mvc.perform(get("/resources/later")).andExpect(status().isNotFound());
	}

	@Test
	void archivedResourceIsNotFoundByThePublic() throws Exception {
		given(this.resources.findPageBySlug("old")).willReturn(Optional.of(archived("old")));

		this.mvc.perform(get("/resources/old")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void archivedResourceIsShownToEditorsWithAWarning() throws Exception {
		given(this.resources.findPageBySlug("old")).willReturn(Optional.of(archived("old")));

		MvcResult result = this.mvc.perform(get("/resources/old"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"))
			.andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".govuk-notification-banner[aria-labelledby=archived-title]").text())
			.contains("This resource is archived");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorsAreEditorsToo() throws Exception {
		given(this.resources.findPageBySlug("old")).willReturn(Optional.of(archived("old")));

		this.mvc.perform(get("/resources/old")).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsStillCannotOpenDrafts() throws Exception {
		given(this.resources.findPageBySlug("draft"))
			.willReturn(Optional.of(new Resource(ResourceKind.PRACTICE_EXAMPLE, "draft", "Draft", this.category)));

		this.mvc.perform(get("/resources/draft")).andExpect(status().isNotFound());
	}

	@Test
	void oldAddressRedirectsPermanentlyToTheCurrentOne() throws Exception {
		Resource renamed = practiceExample("heritage-panel");
		given(this.resources.findByPreviousSlug("heritage")).willReturn(Optional.of(renamed));

		this.mvc.perform(get("/resources/heritage"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string(HttpHeaders.LOCATION, "/resources/heritage-panel"));
	}

	@Test
	void oldAddressOfAResourceNoLongerPublicIsNotFound() throws Exception {
		given(this.resources.findByPreviousSlug("gone")).willReturn(Optional.of(archived("gone-now")));

		this.mvc.perform(get("/resources/gone")).andExpect(status().isNotFound());
	}

	@Test
	void answersWithValidatorsAndNotModifiedWhenTheyMatch() throws Exception {
		practiceExample("heritage-panel");

		MvcResult first = this.mvc.perform(get("/resources/heritage-panel"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

		assertThat(etag).startsWith("W/\"").endsWith("\"");
		// The newest change note, 3 March 2024, is the latest thing the page shows.
		assertThat(lastModified).isEqualTo("Sun, 03 Mar 2024 10:00:00 GMT");
		MvcResult notModified = this.mvc
			.perform(get("/resources/heritage-panel").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(notModified.getResponse().getContentAsString()).isEmpty();
		this.mvc.perform(get("/resources/heritage-panel").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/resources/heritage-panel").header(HttpHeaders.IF_NONE_MATCH, "W/\"something-else\""))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/resources/heritage-panel").header(HttpHeaders.IF_MODIFIED_SINCE,
					"Sat, 02 Mar 2024 10:00:00 GMT"))
			.andExpect(status().isOk());
	}

	@Test
	void etagChangesWhenTheResourceDoes() throws Exception {
		Resource example = practiceExample("heritage-panel");
		String before = this.mvc.perform(get("/resources/heritage-panel"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		example.noteChange(Instant.parse("2024-03-03T10:00:00Z"), "Same time, new note.");
		String after = this.mvc.perform(get("/resources/heritage-panel"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		assertThat(after).isNotEqualTo(before);
	}

	@Test
	void etagDiffersBetweenSessionsSoAPageNeverComesBackWithAnotherSessionsForm() throws Exception {
		practiceExample("heritage-panel");

		String anonymous = etag(get("/resources/heritage-panel"));
		String oneSession = etag(get("/resources/heritage-panel").session(new MockHttpSession(null, "one")));
		String sameSession = etag(get("/resources/heritage-panel").session(new MockHttpSession(null, "one")));
		String otherSession = etag(get("/resources/heritage-panel").session(new MockHttpSession(null, "two")));

		assertThat(oneSession).isEqualTo(sameSession).isNotEqualTo(anonymous).isNotEqualTo(otherSession);
	}

	@Test
	void overlongAndScriptAddressesAreNotFoundAndNotEchoed() throws Exception {
		String payload = "<script>alert(1)</script>";

		MvcResult script = this.mvc.perform(get("/resources/{slug}", payload))
			.andExpect(status().isNotFound())
			.andReturn();
		this.mvc.perform(get("/resources/{slug}", "a".repeat(5000))).andExpect(status().isNotFound());
		// Spring Security's firewall turns away a control character before the
		// controller.
		this.mvc.perform(get("/resources/{slug}", "nul\u0000l")).andExpect(status().isBadRequest());

		assertThat(script.getResponse().getContentAsString()).doesNotContain(payload);
		assertThat(this.pages.find("nul\u0000l", true)).isEmpty();
		verify(this.resources, never()).findPageBySlug("a".repeat(5000));
		verify(this.resources, never()).findPageBySlug("nul\u0000l");
	}

	private String etag(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> facts(Document page) {
		return page.select(".library-facts-list .govuk-summary-list__row").eachText();
	}

	private static List<String> listAfter(Document page, String heading) {
		return page.select("h2:containsOwn(" + heading + ") + ul li").eachText();
	}

	private Resource practiceExample(String slug) {
		Resource example = new Resource(ResourceKind.PRACTICE_EXAMPLE, slug, "A heritage panel", this.category);
		example.setSummary("Reviews care plans.");
		example.setDescription("It **works**.\n\n<script>alert(1)</script>");
		example.getTopics().add(new Topic("education", "Education", null));
		example.getTopics().add(new Topic("looked-after-children", "Looked-after children", null));
		example.setEvidence(new EvidenceClassification("promising", "Promising", null, 2));
		example.setAgeRange(new AgeRange(10, 17));
		example.setSex(Sex.FEMALE);
		example.setCostKind(CostKind.HAS_COST);
		example.setCostText("£50 maximum");
		example.getAims().addAll(List.of("Build trust", "Keep children in school"));
		example.getImplementationSteps().addAll(List.of("Recruit panel members", "Train them"));
		ContactCard team = new ContactCard("leeds-yjs", "Leeds Youth Justice Service");
		team.setPersonName("Sam Okafor");
		team.setRole("Team manager");
		team.setTelephone("0113 496 0000");
		team.setEmail("sam@example.org.uk");
		ContactCard source = new ContactCard("open-road", "Open Road Trust");
		source.setWebsite("https://www.openroad.example.org.uk");
		example.getContacts().add(team);
		example.setSourceOrganisation(source);
		example.publish(Instant.parse("2016-06-24T10:38:00Z"));
		example.noteChange(Instant.parse("2020-02-01T10:00:00Z"), "Updated the aims.");
		example.noteChange(Instant.parse("2024-03-03T10:00:00Z"), "Added the second contact.");
		example.noteChange(NOW.plusSeconds(3600), "A note from the future is not shown yet.");
		given(this.resources.findPageBySlug(slug)).willReturn(Optional.of(example));
		return example;
	}

	private Resource archived(String slug) {
		Resource resource = new Resource(ResourceKind.GUIDANCE_DOCUMENT, slug, "An old guide", this.category);
		resource.publish(Instant.parse("2020-01-01T00:00:00Z"));
		resource.archive();
		return resource;
	}

	private static Attachment attachment() {
		Attachment attachment = mock(Attachment.class);
		given(attachment.getId()).willReturn(7L);
		given(attachment.getTitle()).willReturn("Panel terms of reference");
		given(attachment.getFileName()).willReturn("heritage panel.pdf");
		given(attachment.getKind()).willReturn(FileKind.PDF);
		given(attachment.getSize()).willReturn(new FileSize(1_258_291L));
		given(attachment.getDownloadPath()).willReturn("/files/7/heritage%20panel.pdf");
		given(attachment.getThumbnailPath()).willReturn("/thumbnails/7.png");
		given(attachment.getPageCount()).willReturn(35);
		given(attachment.isAccessibleFormatOnRequest()).willReturn(true);
		return attachment;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Fixtures {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		// The library is public; the real rules live in the accounts feature.
		@Bean
		SecurityFilterChain permitAll(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

}
