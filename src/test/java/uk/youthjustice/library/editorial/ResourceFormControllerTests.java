package uk.youthjustice.library.editorial;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.attachments.UploadRefused;
import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
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
 * The resource forms as HTML, with the real {@link Editing} rules over mocked
 * repositories: bad input of every kind is explained and kept, and never saved.
 */
@WebMvcTest({ NewResourceController.class, EditResourceController.class, MarkdownPreviewController.class })
@Import({ Editing.class, FormPages.class, ResourceFormValidator.class, EditorialAttachments.class, UploadLimit.class,
		ResourceFormControllerTests.Fixtures.class })
class ResourceFormControllerTests {

	static final Instant NOW = Instant.parse("2026-05-12T10:15:00Z");

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String SHA = "b".repeat(64);

	static final StoredFile PDF = new StoredFile(SHA, 48_000, "referral-form.pdf", "application/pdf");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EditableResources resources;

	@MockitoBean
	EditorialTaxonomy taxonomy;

	@MockitoBean
	EditorialContacts contacts;

	@MockitoBean
	ContactDirectory directory;

	@MockitoBean
	PlatformTransactionManager transactions;

	@MockitoBean
	PublicAddress address;

	@MockitoBean
	Attachments attachments;

	private final Category category = withId(new Category("practice-examples", "Practice examples", null, 1), 1L);

	private final Topic resettlement = withId(new Topic("resettlement", "Resettlement", null), 5L);

	private final EvidenceClassification promising = withId(
			new EvidenceClassification("promising", "Promising", null, 1), 9L);

	private final ContactCard leeds = withId(new ContactCard("leeds-yjs-amira-patel", "Leeds YJS"), 7L);

	@BeforeEach
	void taxonomyAndContacts() {
		given(this.taxonomy.categoryChoices()).willReturn(List.of(new Choice("1", "Practice examples")));
		given(this.taxonomy.topicChoices())
			.willReturn(List.of(new Choice("5", "Resettlement"), new Choice("6", "County lines")));
		given(this.taxonomy.evidenceChoices()).willReturn(List.of(new Choice("9", "Promising")));
		given(this.taxonomy.findCategory(1L)).willReturn(Optional.of(this.category));
		given(this.taxonomy.findTopics(anyCollection())).willReturn(List.of(this.resettlement));
		given(this.taxonomy.findEvidence(9L)).willReturn(Optional.of(this.promising));
		given(this.contacts.options())
			.willReturn(List.of(new ContactOption(7L, "Leeds YJS", "Amira Patel", "Team manager", "Yorkshire")));
		given(this.contacts.findAllById(anyCollection())).willReturn(List.of(this.leeds));
		given(this.resources.save(any(Resource.class))).willAnswer((call) -> withId(call.getArgument(0), 42L));
		given(this.directory.save(any(ContactCard.class))).willAnswer((call) -> withId(call.getArgument(0), 8L));
		given(this.directory.findBySlug(anyString())).willReturn(Optional.empty());
	}

	@Test
	void theKindIsChosenFirst() throws Exception {
		Document page = page(this.mvc.perform(editor(get("/admin/resources/new"))).andExpect(status().isOk()));
		assertThat(page.select("input[name=kind]").eachAttr("value")).containsExactly("practice-example", "guidance");
		assertThat(page.title()).doesNotStartWith("Error");

		Document unanswered = page(this.mvc.perform(editor(get("/admin/resources/new").param("answered", "yes")))
			.andExpect(status().isUnprocessableContent()));
		assertThat(unanswered.title()).startsWith("Error: ");
		assertThat(unanswered.select(".govuk-error-summary a").attr("href")).isEqualTo("#kind");
		assertThat(unanswered.select("#kind-error").text()).isEqualTo("Error: Select what you want to add");
	}

	@Test
	void eachKindHasItsOwnFields() throws Exception {
		Document practice = page(this.mvc.perform(editor(get("/admin/resources/new").param("kind", "practice-example")))
			.andExpect(status().isOk()));
		assertThat(practice.select("h1").text()).isEqualTo("New practice example");
		assertThat(practice.select("main form").attr("action")).isEqualTo("/admin/resources/new?kind=practice-example");
		assertThat(practice.select("main form").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(practice
			.select("[name^=aims], [name^=steps], #evidence, #ageMinimum, #sex, #cost, #sourceOrganisation"))
			.hasSize(7);
		assertThat(practice.select("input[name=cost]").eachAttr("value")).containsExactly("NONE", "HAS_COST",
				"NOT_STATED");
		assertThat(practice.select("input[name=cost][checked]").val()).isEqualTo("NOT_STATED");
		assertThat(practice.select("#publisher, [name^=audience], #changeNote")).isEmpty();
		assertThat(practice.select("#sex").attr("value")).isEqualTo("NOT_APPLICABLE");
		assertThat(practice.select("#sex").hasAttr("checked")).isTrue();
		assertThat(practice.select("#contactToAdd option").eachText())
			.contains("Leeds YJS \u2013 Amira Patel, Team manager (Yorkshire)");

		Document guidance = page(this.mvc.perform(editor(get("/admin/resources/new").param("kind", "guidance")))
			.andExpect(status().isOk()));
		assertThat(guidance.select("h1").text()).isEqualTo("New guidance document");
		assertThat(guidance.select("#publisher, #externalUrl, [name^=audience]")).hasSize(3);
		assertThat(guidance.select("[name^=aims], #evidence, #sex")).isEmpty();
	}

	@Test
	void aValidPracticeExampleIsSavedAsADraftWithASlugNobodyHas() throws Exception {
		given(this.resources.isSlugTaken("peer-mentoring")).willReturn(true);
		this.mvc.perform(editor(newPractice()))
			.andExpect(redirectedUrl("/admin/resources/42"))
			.andExpect(flash().attribute("notice", "editorial.notice.created"));

		Resource saved = saved();
		assertThat(saved.getSlug()).isEqualTo("peer-mentoring-2");
		assertThat(saved.getKind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
		assertThat(saved.getStatus().name()).isEqualTo("DRAFT");
		assertThat(saved.getCategory()).isSameAs(this.category);
		assertThat(saved.getTopics()).containsExactly(this.resettlement);
		assertThat(saved.getEvidence()).isSameAs(this.promising);
		assertThat(saved.getAgeRange()).isEqualTo(new AgeRange(10, 17));
		assertThat(saved.getSex()).isEqualTo(Sex.MALE);
		assertThat(saved.getCostKind()).isEqualTo(CostKind.HAS_COST);
		assertThat(saved.getCostText()).isEqualTo("£50 a session");
		assertThat(saved.getAims()).containsExactly("Fewer missed appointments", "Better school attendance");
		assertThat(saved.getImplementationSteps()).containsExactly("Recruit", "Train", "Match");
		assertThat(saved.getContacts()).containsExactly(this.leeds);
		assertThat(saved.getReviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void aContactCardTypedInIsCreatedAndAttached() throws Exception {
		this.mvc
			.perform(editor(newPractice("newContact.organisation", "Hull Youth Justice Service",
					"newContact.personName", "Jo Bloggs", "newContact.email", "jo@example.org.uk")))
			.andExpect(redirectedUrl("/admin/resources/42"));

		ArgumentCaptor<ContactCard> card = ArgumentCaptor.forClass(ContactCard.class);
		verify(this.directory).save(card.capture());
		assertThat(card.getValue().getSlug()).isEqualTo("hull-youth-justice-service-jo-bloggs");
		assertThat(card.getValue().getEmail()).isEqualTo("jo@example.org.uk");
		assertThat(card.getValue().getLastVerifiedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
		assertThat(saved().getContacts()).containsExactly(this.leeds, card.getValue());
	}

	@Test
	void aListIndexNoBrowserSendsIsRefusedNotAnError() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(newPractice("aims[300]", "far away"),
				editPractice("steps[999]", "far away"))) {
			Document page = page(this.mvc.perform(editor(request)).andExpect(status().isBadRequest()));
			assertThat(page.select("h1").text()).isEqualTo("We could not read what was sent");
		}
		verify(this.resources, never()).save(any());
	}

	@Test
	void aBlankTitleIsExplainedAndEverythingElseIsKept() throws Exception {
		Document page = refused(newPractice("title", "  "));

		assertThat(page.title()).startsWith("Error: New practice example");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title");
		assertThat(page.select("#title-error").text()).isEqualTo("Error: Enter a title");
		assertThat(page.select("#summary").text()).isEqualTo("Mentoring by trained volunteers.");
		assertThat(page.select("#ageMinimum").val()).isEqualTo("10");
		assertThat(page.select("textarea[name^=steps]").eachText()).containsExactly("Recruit", "Train", "Match");
		assertThat(page.select("input[name=topics][checked]").eachAttr("value")).containsExactly("5");
		assertThat(page.select("input[name='contacts[0]']").val()).isEqualTo("7");
		assertThat(page.select("#reviewDue\\.month").val()).isEqualTo("3");
	}

	@Test
	void overlongTextIsRefusedWithItsLimit() throws Exception {
		Document page = refused(newPractice("title", "t".repeat(301), "description", "d".repeat(1_000_000), "summary",
				"s".repeat(1001), "aims[1]", "a".repeat(1001)));

		assertThat(page.select("#title-error").text()).isEqualTo("Error: Title must be 300 characters or fewer");
		assertThat(page.select("#description-error").text())
			.isEqualTo("Error: Description must be 100,000 characters or fewer");
		assertThat(page.select("#summary-error").text()).isEqualTo("Error: Summary must be 1,000 characters or fewer");
		assertThat(page.select("[id='aims[1]-error']").text())
			.isEqualTo("Error: Each aim must be 1,000 characters or fewer");
		// Percent-encoded: the HTML checker refuses brackets in a URL; browsers decode it
		// to find the field.
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#aims%5B1%5D");
		assertThat(page.select("#title").val()).hasSize(301);
	}

	@Test
	void badAgesAreExplained() throws Exception {
		assertThat(refused(newPractice("ageMaximum", "30")).select("#ageMaximum-error").text())
			.isEqualTo("Error: Oldest age must be between 0 and 25");
		assertThat(refused(newPractice("ageMinimum", "16", "ageMaximum", "12")).select("#ageMaximum-error").text())
			.isEqualTo("Error: Oldest age must be the same as or more than the youngest age");
		Document letters = refused(newPractice("ageMinimum", "ten"));
		assertThat(letters.select("#ageMinimum-error").text())
			.isEqualTo("Error: Youngest age must be a whole number, like 10");
		assertThat(letters.select("#ageMinimum").val()).isEqualTo("ten");
		assertThat(letters.select("#ageMinimum").hasClass("govuk-input--error")).isTrue();
	}

	@Test
	void aDateThatDoesNotExistIsExplained() throws Exception {
		Document page = refused(newPractice("reviewDue.day", "31", "reviewDue.month", "2"));
		assertThat(page.select("#reviewDue-error").text())
			.isEqualTo("Error: Review date must be a real date, like 31 3 2027");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#reviewDue");
		assertThat(page.select("#reviewDue").val()).isEqualTo("31");
	}

	@Test
	void costDetailsWithoutACostAreExplainedInView() throws Exception {
		Document page = refused(newPractice("cost", "NONE"));
		assertThat(page.select("#costText-error").text())
			.isEqualTo("Error: Select \u2018Has a cost\u2019 to give cost details, or delete the cost details");
		assertThat(page.select("#conditional-cost").hasClass("govuk-radios__conditional--hidden")).isFalse();
	}

	@Test
	void onlyWebAddressesAreAccepted() throws Exception {
		Document page = refused(validGuidance().param("externalUrl", "javascript:alert(1)"));
		assertThat(page.select("#externalUrl-error").text()).startsWith("Error: Enter a web address starting with");
		assertThat(page.select("#externalUrl").val()).isEqualTo("javascript:alert(1)");
	}

	@Test
	void idsThatNameNothingAreRefused() throws Exception {
		Document page = refused(newPractice("category", "999", "topics", "123", "contactToAdd", "404", "evidence", "77",
				"sourceOrganisation", "abc"));
		assertThat(page.select("#category-error").text()).isEqualTo("Error: Select a category from the list");
		assertThat(page.select("#topics-error").text()).isEqualTo("Error: Select topics from the list");
		assertThat(page.select("#contactToAdd-error").text()).isEqualTo("Error: Select contact cards from the list");
		assertThat(page.select("#evidence-error").text())
			.isEqualTo("Error: Select an evidence classification from the list");
		assertThat(page.select("#sourceOrganisation-error").text())
			.isEqualTo("Error: Select a source organisation from the list");
	}

	@Test
	void replacesMustNameAnotherResource() throws Exception {
		given(this.resources.findBySlug(anyString())).willReturn(Optional.empty());
		given(this.resources.findByPreviousSlug(anyString())).willReturn(Optional.empty());
		assertThat(refused(newPractice("replaces", "/resources/no-such-thing")).select("#replaces-error").text())
			.startsWith("Error: No resource has that address");

		Resource resource = draft();
		given(this.resources.findBySlug("mentoring")).willReturn(Optional.of(resource));
		Document itself = page(
				this.mvc.perform(editor(editPractice("replaces", "https://library.example.org/resources/mentoring")))
					.andExpect(status().isUnprocessableContent()));
		assertThat(itself.select("#replaces-error").text()).isEqualTo("Error: A resource cannot replace itself");
	}

	@Test
	void scriptInEveryFieldIsStoredAsTextAndShownEscaped() throws Exception {
		MockHttpServletRequestBuilder request = editor(post("/admin/resources/new").param("kind", "practice-example"))
			.param("category", "1")
			.param("cost", "HAS_COST")
			.param("sex", "NOT_APPLICABLE");
		for (String field : List.of("title", "summary", "description", "costText", "aims[0]", "steps[0]",
				"newContact.organisation", "newContact.personName", "newContact.role", "newContact.region")) {
			request.param(field, SCRIPT);
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/admin/resources/42"));
		Resource saved = saved();
		assertThat(List.of(saved.getTitle(), saved.getSummary(), saved.getDescription(), saved.getCostText(),
				saved.getAims().get(0), saved.getImplementationSteps().get(0)))
			.containsOnly(SCRIPT);

		String html = this.mvc.perform(request.param("category", "")).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("<script>alert");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script:containsData(alert)")).isEmpty();
		assertThat(page.select("#title").val()).isEqualTo(SCRIPT);
		assertThat(page.select("#description").text()).isEqualTo(SCRIPT);
		assertThat(page.select("[id='newContact.personName']").val()).isEqualTo(SCRIPT);
	}

	@Test
	void addAnotherWithoutJavaScriptShowsTheFormAgainWithOneMoreAndSavesNothing() throws Exception {
		Document page = page(
				this.mvc.perform(editor(newPractice("title", "", "add", "aims"))).andExpect(status().isOk()));
		assertThat(page.select("textarea[name^=aims]").eachAttr("name")).containsExactly("aims[0]", "aims[1]",
				"aims[2]");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
		assertThat(page.title()).doesNotStartWith("Error");

		Document removed = page(this.mvc.perform(editor(newPractice("remove", "steps:1"))).andExpect(status().isOk()));
		assertThat(removed.select("textarea[name^=steps]").eachText()).containsExactly("Recruit", "Match");
		verify(this.resources, never()).save(any());
	}

	@Test
	void contactCardsAreAttachedAndRemovedWithoutJavaScript() throws Exception {
		Document page = page(
				this.mvc.perform(editor(newPractice("contacts[0]", null, "contactToAdd", "7", "addContact", "add")))
					.andExpect(status().isOk()));
		assertThat(page.select("input[name='contacts[0]']").val()).isEqualTo("7");
		assertThat(page.select(".library-contact-picks__label").text())
			.isEqualTo("Leeds YJS \u2013 Amira Patel, Team manager (Yorkshire)");
		assertThat(page.select("#contactToAdd option[selected]").val()).isEmpty();

		Document removed = page(this.mvc.perform(editor(newPractice("removeContact", "0"))).andExpect(status().isOk()));
		assertThat(removed.select("input[name^=contacts]")).isEmpty();
		verify(this.resources, never()).save(any());
	}

	@Test
	void previewWithoutJavaScriptShowsTheSanitisedDescriptionAndSavesNothing() throws Exception {
		Document page = page(this.mvc
			.perform(editor(newPractice("description", "**Bold** and " + SCRIPT + " [x](javascript:alert(1))",
					"preview", "description")))
			.andExpect(status().isOk()));
		assertThat(page.select(".library-preview").hasAttr("hidden")).isFalse();
		assertThat(page.select(".library-preview__body strong").text()).isEqualTo("Bold");
		assertThat(page.select(".library-preview__body script, .library-preview__body a")).isEmpty();
		assertThat(page.select("#description").text()).startsWith("**Bold**");
		verify(this.resources, never()).save(any());
	}

	@Test
	void thePreviewEndpointAnswersSanitisedHtml() throws Exception {
		String html = this.mvc
			.perform(editor(post("/admin/markdown/preview")).param("markdown", "## Heading\n\n" + SCRIPT))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<h3 class=\"govuk-heading-s\">Heading</h3>").doesNotContain("<script");

		this.mvc.perform(editor(post("/admin/markdown/preview")).param("markdown", "x".repeat(100_001)))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc.perform(newPractice().with(user("e@example.org").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/resources/42/edit").with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/markdown/preview").with(user("e@example.org").roles("EDITOR")))
			.andExpect(status().isForbidden());
		verify(this.resources, never()).save(any());
	}

	@Test
	void anUnknownResourceIsNotFound() throws Exception {
		given(this.resources.findForEditing(any())).willReturn(Optional.empty());
		this.mvc.perform(editor(get("/admin/resources/404/edit"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(practice("/admin/resources/404/edit"))).andExpect(status().isNotFound());
		this.mvc.perform(editor(practice("/admin/resources/new?kind=poem"))).andExpect(status().isNotFound());
	}

	@Test
	void theEditFormIsFilledInAndAsksForNoChangeNoteOnADraft() throws Exception {
		draft();
		Document page = page(this.mvc.perform(editor(get("/admin/resources/42/edit"))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Edit \u2018Mentoring\u2019");
		assertThat(page.select("#title").val()).isEqualTo("Mentoring");
		assertThat(page.select("#version").val()).isEqualTo("3");
		assertThat(page.select("textarea[name^=aims]").eachText()).containsExactly("Aim one");
		assertThat(page.select("#changeNote, #minorChange")).isEmpty();
	}

	@Test
	void aPublishedResourceAsksForAChangeNoteAndRecordsIt() throws Exception {
		Resource resource = draft();
		resource.publish(NOW.minusSeconds(86_400));
		Document form = page(this.mvc.perform(editor(get("/admin/resources/42/edit"))).andExpect(status().isOk()));
		assertThat(form.select("#changeNote, #minorChange")).hasSize(2);

		Document refused = page(this.mvc.perform(editor(editPractice())).andExpect(status().isUnprocessableContent()));
		assertThat(refused.select("#changeNote-error").text())
			.isEqualTo("Error: Enter a public change note, or select \u2018This is a minor change\u2019");

		this.mvc.perform(editor(editPractice("changeNote", "Added the implementation steps.")))
			.andExpect(redirectedUrl("/admin/resources/42"))
			.andExpect(flash().attribute("notice", "editorial.notice.saved"));
		assertThat(resource.getChangeNotes()).singleElement()
			.satisfies((note) -> assertThat(note.getNote()).isEqualTo("Added the implementation steps."));
		assertThat(resource.getUpdatedAt()).isEqualTo(NOW);
		assertThat(resource.getImplementationSteps()).containsExactly("Recruit", "Train", "Match");
	}

	@Test
	void aMinorChangeToAPublishedResourceHasNoNote() throws Exception {
		Resource resource = draft();
		resource.publish(NOW.minusSeconds(86_400));
		this.mvc.perform(editor(editPractice("minorChange", "true"))).andExpect(redirectedUrl("/admin/resources/42"));
		assertThat(resource.getChangeNotes()).isEmpty();
		assertThat(resource.getTitle()).isEqualTo("Peer mentoring");
	}

	@Test
	void savingFromAnOldVersionShowsBothVersionsAndSavesNothing() throws Exception {
		Resource resource = draft();
		ReflectionTestUtils.setField(resource, "version", 4L);

		Document page = page(this.mvc.perform(editor(editPractice())).andExpect(status().isConflict()));

		assertThat(resource.getTitle()).isEqualTo("Mentoring");
		assertThat(page.select("h1").text()).isEqualTo("Someone else changed this resource while you were editing it");
		assertThat(page.select(".govuk-body").text()).contains("other@example.org saved it on 11 May 2026 at 09:30");
		assertThat(page.select(".library-conflict tbody th").eachText()).contains("Title", "Aims",
				"Implementing the practice");
		assertThat(page.select(".library-conflict tbody tr:first-child td").eachText()).containsExactly("Mentoring",
				"Peer mentoring");
		assertThat(page.select("#title").val()).isEqualTo("Peer mentoring");
		assertThat(page.select("#version").val()).isEqualTo("4");
		assertThat(page.select("main form button.govuk-button").last().text()).isEqualTo("Save my version");
		assertThat(page.select("a.govuk-button--secondary").attr("href")).isEqualTo("/admin/resources/42");
	}

	@Test
	void aSaveThatLosesTheRaceAtTheDatabaseIsAConflictToo() throws Exception {
		Resource loaded = draft();
		given(this.resources.findForEditing(42L)).willReturn(Optional.of(draftResource()));
		willThrow(new ObjectOptimisticLockingFailureException(Resource.class, 42L)).given(this.resources).flush();

		this.mvc.perform(editor(editPractice())).andExpect(status().isConflict());
		assertThat(loaded.getTitle()).isEqualTo("Peer mentoring");
	}

	@Test
	void theFormHasAnOptionalFileWithItsTitle() throws Exception {
		Document page = page(this.mvc.perform(editor(get("/admin/resources/new").param("kind", "guidance")))
			.andExpect(status().isOk()));

		assertThat(page.select("main form").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(page.select("input[type=file][name=attachment.file]").attr("id")).isEqualTo("attachment.file");
		assertThat(page.select("input[name=attachment.title], input[name=attachment.accessibleFormatOnRequest]"))
			.hasSize(2);
		assertThat(page.select(".library-attachment-field legend").text()).isEqualTo("Attach a file (optional)");
		assertThat(page.select("#kept-file")).isEmpty();
	}

	@Test
	void aFileIsAttachedOnceTheNewResourceIsSaved() throws Exception {
		given(this.attachments.receive(eq("referral-form.pdf"), any(InputStream.class))).willReturn(PDF);

		this.mvc
			.perform(editor(practiceWithFile("/admin/resources/new?kind=practice-example", pdf(), "attachment.title",
					"Referral form", "attachment.accessibleFormatOnRequest", "true")))
			.andExpect(redirectedUrl("/admin/resources/42"))
			.andExpect(flash().attribute("notice", "editorial.notice.created.attached"))
			.andExpect(flash().attribute("noticeArgs", new Object[] { "Referral form" }));

		InOrder order = inOrder(this.resources, this.attachments);
		order.verify(this.resources).save(any(Resource.class));
		order.verify(this.attachments).attach(42L, PDF, "Referral form", true);
	}

	@Test
	void aFileReceivedWhenTheRestOfTheFormFailsIsKeptCheckedAgainAndAttachedOnSaving() throws Exception {
		given(this.attachments.receive(eq("referral-form.pdf"), any(InputStream.class))).willReturn(PDF);

		Document page = page(this.mvc
			.perform(editor(practiceWithFile("/admin/resources/new?kind=practice-example", pdf(), "title", "")))
			.andExpect(status().isUnprocessableContent()));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter a title");
		assertThat(page.select("input[type=hidden][name=attachment.sha256]").val()).isEqualTo(SHA);
		assertThat(page.select("input[type=hidden][name=attachment.fileName]").val()).isEqualTo("referral-form.pdf");
		assertThat(page.select("#kept-file p").text())
			.isEqualTo("referral-form.pdf is uploaded and will be attached when you save.");
		assertThat(page.select("input[type=file]")).isEmpty();
		verify(this.attachments, never()).attach(anyLong(), any(), anyString(), anyBoolean());

		// "Add another aim" without JavaScript: the file stays.
		given(this.attachments.received(SHA, "referral-form.pdf")).willReturn(Optional.of(PDF));
		Document added = page(this.mvc
			.perform(editor(practiceWithFile("/admin/resources/new?kind=practice-example", null, "attachment.sha256",
					SHA, "attachment.fileName", "referral-form.pdf", "add", "aims")))
			.andExpect(status().isOk()));
		assertThat(added.select("textarea[name^=aims]")).hasSize(3);
		assertThat(added.select("input[name=attachment.sha256]").val()).isEqualTo(SHA);

		this.mvc
			.perform(editor(practiceWithFile("/admin/resources/new?kind=practice-example", null, "attachment.sha256",
					SHA, "attachment.fileName", "referral-form.pdf")))
			.andExpect(redirectedUrl("/admin/resources/42"));
		verify(this.attachments).attach(42L, PDF, "referral-form", false);
	}

	@Test
	void removeDropsTheKeptFileAndSavesNothing() throws Exception {
		Document page = page(this.mvc
			.perform(editor(practiceWithFile("/admin/resources/new?kind=practice-example", null, "attachment.sha256",
					SHA, "attachment.fileName", "referral-form.pdf", "removeFile", "remove")))
			.andExpect(status().isOk()));

		assertThat(page.select("#kept-file, input[name=attachment.sha256]")).isEmpty();
		assertThat(page.select("input[type=file][name=attachment.file]")).hasSize(1);
		assertThat(page.select("#title").val()).isEqualTo("Peer mentoring");
		verify(this.resources, never()).save(any());
		verify(this.attachments, never()).received(anyString(), anyString());
	}

	@Test
	void aRefusedFileOnTheFormIsExplainedAndNothingIsSaved() throws Exception {
		given(this.attachments.receive(eq("setup.pdf"), any(InputStream.class)))
			.willThrow(new UploadRefused("attachments.refused.mismatch", "setup.pdf", "application/x-msdownload"));

		Document page = refused(practiceWithFile("/admin/resources/new?kind=practice-example",
				new MockMultipartFile("attachment.file", "setup.pdf", "application/pdf", new byte[] { 'M', 'Z' }),
				"attachment.title", "Setup"));

		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#attachment.file");
		assertThat(page.select("[id=attachment.file-error]").text()).startsWith("Error: ").contains("setup.pdf");
		assertThat(page.select("[id=attachment.title]").val()).isEqualTo("Setup");
		assertThat(page.select("#title").val()).isEqualTo("Peer mentoring");
		verify(this.attachments, never()).attach(anyLong(), any(), anyString(), anyBoolean());
	}

	@Test
	void aFileIsAttachedWhenAnEditIsSaved() throws Exception {
		draft();
		given(this.attachments.receive(eq("referral-form.pdf"), any(InputStream.class))).willReturn(PDF);

		this.mvc.perform(editor(practiceWithFile("/admin/resources/42/edit", pdf(), "version", "3")))
			.andExpect(redirectedUrl("/admin/resources/42"))
			.andExpect(flash().attribute("notice", "editorial.notice.saved.attached"));
		verify(this.attachments).attach(42L, PDF, "referral-form", false);
	}

	@Test
	void aFormOverTheContainersLimitComesBackWithTheLimit() throws Exception {
		given(this.attachments.receive(anyString(), any(InputStream.class)))
			.willThrow(new MaxUploadSizeExceededException(52_428_800));

		ResultActions refused = this.mvc
			.perform(editor(practiceWithFile("/admin/resources/new?kind=practice-example&_csrf=token", pdf())))
			.andExpect(redirectedUrl("/admin/resources/new?kind=practice-example"));
		Object limit = refused.andReturn().getFlashMap().get(UploadTooLarge.FLASH);

		Document page = page(this.mvc
			.perform(editor(get("/admin/resources/new").param("kind", "practice-example"))
				.flashAttr(UploadTooLarge.FLASH, limit))
			.andExpect(status().isOk()));
		assertThat(page.select("[id=attachment.file-error]").text())
			.isEqualTo("Error: The selected file must be smaller than 50 MB");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#attachment.file");
		verify(this.resources, never()).save(any());
	}

	private static MockMultipartFile pdf() {
		return new MockMultipartFile("attachment.file", "referral-form.pdf", "application/pdf",
				"%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
	}

	private Resource draft() {
		Resource resource = draftResource();
		given(this.resources.findForEditing(42L)).willReturn(Optional.of(resource));
		given(this.resources.findById(42L)).willReturn(Optional.of(resource));
		return resource;
	}

	private Resource draftResource() {
		Resource resource = withId(new Resource(ResourceKind.PRACTICE_EXAMPLE, "mentoring", "Mentoring", this.category),
				42L);
		resource.getAims().add("Aim one");
		ReflectionTestUtils.setField(resource, "version", 3L);
		ReflectionTestUtils.setField(resource, "modifiedBy", "other@example.org");
		ReflectionTestUtils.setField(resource, "modifiedAt", Instant.parse("2026-05-11T08:30:00Z"));
		return resource;
	}

	private Resource saved() {
		ArgumentCaptor<Resource> saved = ArgumentCaptor.forClass(Resource.class);
		verify(this.resources).save(saved.capture());
		return saved.getValue();
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> Document refused(B request) throws Exception {
		Document page = page(this.mvc.perform(editor(request)).andExpect(status().isUnprocessableContent()));
		assertThat(page.title()).startsWith("Error: ");
		verify(this.resources, never()).save(any());
		return page;
	}

	private static MockHttpServletRequestBuilder newPractice(String... overrides) {
		return practice("/admin/resources/new?kind=practice-example", overrides);
	}

	private static MockHttpServletRequestBuilder editPractice(String... overrides) {
		String[] withVersion = Arrays.copyOf(overrides, overrides.length + 2);
		withVersion[overrides.length] = "version";
		withVersion[overrides.length + 1] = "3";
		return practice("/admin/resources/42/edit", withVersion);
	}

	/**
	 * A post of a valid practice example form, with the given name and value pairs put in
	 * its place (a null value leaves the parameter out).
	 */
	private static MockHttpServletRequestBuilder practice(String path, String... overrides) {
		MockHttpServletRequestBuilder request = post(path);
		practiceValues(overrides).forEach(request::param);
		return request;
	}

	/**
	 * The same as a multipart post, as browsers send the form: with the file's title, if
	 * empty, and a file if given.
	 */
	private static MockMultipartHttpServletRequestBuilder practiceWithFile(String path, MockMultipartFile file,
			String... overrides) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		if (file != null) {
			request.file(file);
		}
		Map<String, String> values = practiceValues(overrides);
		values.putIfAbsent("attachment.title", "");
		values.forEach(request::param);
		return request;
	}

	private static Map<String, String> practiceValues(String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", "Peer mentoring");
		values.put("summary", "Mentoring by trained volunteers.");
		values.put("description", "Volunteers meet children weekly.");
		values.put("category", "1");
		values.put("topics", "5");
		values.put("evidence", "9");
		values.put("ageMinimum", "10");
		values.put("ageMaximum", "17");
		values.put("sex", "MALE");
		values.put("cost", "HAS_COST");
		values.put("costText", "£50 a session");
		values.put("aims[0]", "Fewer missed appointments");
		values.put("aims[1]", "Better school attendance");
		values.put("steps[0]", "Recruit");
		values.put("steps[1]", "Train");
		values.put("steps[2]", "Match");
		values.put("contacts[0]", "7");
		values.put("reviewDue.day", "31");
		values.put("reviewDue.month", "3");
		values.put("reviewDue.year", "2027");
		values.put("version", "");
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		values.values().removeIf(Objects::isNull);
		return values;
	}

	private static MockHttpServletRequestBuilder validGuidance() {
		return post("/admin/resources/new").param("kind", "guidance")
			.param("title", "Case management guidance")
			.param("category", "1")
			.param("publisher", "Youth Justice Board")
			.param("audience[0]", "Case managers");
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B editor(B request) {
		return request.with(user("e@example.org").roles("EDITOR")).with(csrf());
	}

	private static Document page(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	private static <T> T withId(T entity, Long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Fixtures {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
