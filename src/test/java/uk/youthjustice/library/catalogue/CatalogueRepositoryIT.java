package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every field of a resource and its taxonomy survives a round trip through PostgreSQL.
 */
@WithLibrary
class CatalogueRepositoryIT {

	@Autowired
	ResourceRepository resources;

	@Autowired
	CategoryRepository categories;

	@Autowired
	TopicRepository topics;

	@Autowired
	EvidenceClassificationRepository evidence;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	TransactionTemplate transaction;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void practiceExampleKeepsEveryField() {
		Category category = this.categories.save(new Category("cat-" + this.unique, "Category", "About it", 9));
		Topic topic = this.topics.save(new Topic("topic-" + this.unique, "Topic " + this.unique, null));
		EvidenceClassification label = this.evidence
			.save(new EvidenceClassification("ev-" + this.unique, "Promising", null, 1));
		ContactCard yot = this.contacts.save(card("yot-" + this.unique, "Northshire Youth Justice Service"));
		ContactCard source = this.contacts.save(card("src-" + this.unique, "Open Road Trust"));

		Resource example = new Resource(ResourceKind.PRACTICE_EXAMPLE, "pe-" + this.unique, "Mentoring", category);
		example.setSummary("A summary.");
		example.setDescription("Some **Markdown**.");
		example.getTopics().add(topic);
		example.setEvidence(label);
		example.setAgeRange(new AgeRange(15, 17));
		example.setSex(Sex.FEMALE);
		example.setCostKind(CostKind.HAS_COST);
		example.setCostText("£50 maximum");
		example.getAims().addAll(List.of("First aim", "Second aim"));
		example.getImplementationSteps().addAll(List.of("Step one", "Step two", "Step three"));
		example.getContacts().addAll(List.of(yot, source));
		example.setSourceOrganisation(source);
		example.setReviewDueOn(LocalDate.of(2027, 3, 31));
		example.publish(Instant.parse("2016-06-24T10:38:00Z"));
		example.noteChange(Instant.parse("2017-01-02T09:00:00Z"), "Updated the contact.");
		example.changeSlug("pe-renamed-" + this.unique, Instant.parse("2017-01-02T09:00:00Z"));
		Long id = this.resources.save(example).getId();

		this.transaction.executeWithoutResult((status) -> {
			Resource found = this.resources.findById(id).orElseThrow();
			assertThat(found.getKind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
			assertThat(found.getSlug()).isEqualTo("pe-renamed-" + this.unique);
			assertThat(found.getPreviousSlugs()).extracting(PreviousSlug::getSlug).containsExactly("pe-" + this.unique);
			assertThat(found.getCategory().getSlug()).isEqualTo("cat-" + this.unique);
			assertThat(found.getTopics()).extracting(Topic::getSlug).containsExactly("topic-" + this.unique);
			assertThat(found.getEvidence().getName()).isEqualTo("Promising");
			assertThat(found.getAgeRange()).isEqualTo(new AgeRange(15, 17));
			assertThat(found.getSex()).isEqualTo(Sex.FEMALE);
			assertThat(found.getCostKind()).isEqualTo(CostKind.HAS_COST);
			assertThat(found.getCostText()).isEqualTo("£50 maximum");
			assertThat(found.getAims()).containsExactly("First aim", "Second aim");
			assertThat(found.getImplementationSteps()).containsExactly("Step one", "Step two", "Step three");
			assertThat(found.getContacts()).extracting(ContactCard::getOrganisation)
				.containsExactly("Northshire Youth Justice Service", "Open Road Trust");
			assertThat(found.getSourceOrganisation().getSlug()).isEqualTo("src-" + this.unique);
			assertThat(found.getReviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 31));
			assertThat(found.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
			assertThat(found.getPublishedAt()).isEqualTo(Instant.parse("2016-06-24T10:38:00Z"));
			assertThat(found.getUpdatedAt()).isEqualTo(Instant.parse("2017-01-02T09:00:00Z"));
			assertThat(found.getChangeNotes()).extracting(ChangeNote::getNote).containsExactly("Updated the contact.");
			assertThat(found.getCreatedAt()).isNotNull();
		});
	}

	@Test
	void guidanceDocumentKeepsItsFieldsAndWhatItReplaces() {
		Category category = this.categories.save(new Category("guid-" + this.unique, "Guidance", null, 1));
		Resource older = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "old-" + this.unique, "Edition one", category);
		older.publish(Instant.parse("2020-01-01T00:00:00Z"));
		older.archive();
		older = this.resources.save(older);
		Resource newer = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "new-" + this.unique, "Edition two", category);
		newer.setPublisher("Youth Justice Board");
		newer.getAudience().addAll(List.of("YJS managers", "Case managers"));
		newer.setExternalUrl("https://www.example.org.uk/guidance");
		newer.setReplaces(older);
		newer.schedule(Instant.parse("2030-01-01T09:00:00Z"));
		Long id = this.resources.save(newer).getId();

		this.transaction.executeWithoutResult((status) -> {
			Resource found = this.resources.findById(id).orElseThrow();
			assertThat(found.getPublisher()).isEqualTo("Youth Justice Board");
			assertThat(found.getAudience()).containsExactly("YJS managers", "Case managers");
			assertThat(found.getExternalUrl()).isEqualTo("https://www.example.org.uk/guidance");
			assertThat(found.getReplaces().getStatus()).isEqualTo(ResourceStatus.ARCHIVED);
			assertThat(found.getStatus()).isEqualTo(ResourceStatus.SCHEDULED);
			assertThat(found.getPublishAt()).isEqualTo(Instant.parse("2030-01-01T09:00:00Z"));
			assertThat(found.getAgeRange().isApplicable()).isFalse();
			assertThat(found.isPublicAt(Instant.now())).isFalse();
		});
	}

	@Test
	void homePageCountsOnlyWhatThePublicCanSee() {
		Category category = this.categories.save(new Category("count-" + this.unique, "Counted", null, 99));
		Resource visible = new Resource(ResourceKind.PRACTICE_EXAMPLE, "vis-" + this.unique, "Visible", category);
		visible.publish(Instant.parse("2020-01-01T00:00:00Z"));
		Resource future = new Resource(ResourceKind.PRACTICE_EXAMPLE, "fut-" + this.unique, "Future", category);
		future.publish(Instant.parse("2999-01-01T00:00:00Z"));
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, "dra-" + this.unique, "Draft", category);
		this.resources.saveAll(List.of(visible, future, draft));

		assertThat(this.categories.summariesVisibleAt(Instant.now()))
			.filteredOn((summary) -> summary.slug().equals("count-" + this.unique))
			.singleElement()
			.extracting(CategorySummary::resourceCount)
			.isEqualTo(1L);
	}

	@Test
	void staleEditsAreRefused() {
		Category category = this.categories.save(new Category("lock-" + this.unique, "Locked", null, 1));
		Resource saved = this.resources
			.save(new Resource(ResourceKind.PRACTICE_EXAMPLE, "lock-" + this.unique, "First", category));
		Resource firstEditor = this.resources.findById(saved.getId()).orElseThrow();
		Resource secondEditor = this.resources.findById(saved.getId()).orElseThrow();
		firstEditor.setTitle("First editor's title");
		this.resources.save(firstEditor);
		secondEditor.setTitle("Second editor's title");
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.resources.save(secondEditor));
	}

	private static ContactCard card(String slug, String organisation) {
		ContactCard card = new ContactCard(slug, organisation);
		card.setPersonName("Sam Okafor");
		card.setRole("Team manager");
		card.setTelephone("0113 496 0000");
		card.setEmail(slug + "@example.org.uk");
		card.setWebsite("https://www.example.org.uk");
		card.setRegion("Yorkshire and the Humber");
		card.setLastVerifiedOn(LocalDate.of(2026, 1, 5));
		return card;
	}

}
