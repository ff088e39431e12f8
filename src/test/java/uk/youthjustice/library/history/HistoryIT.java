package uk.youthjustice.library.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.history.FieldChange.Kind;
import uk.youthjustice.library.history.FieldChange.Piece;
import uk.youthjustice.library.history.VersionRow.Change;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History on PostgreSQL: Envers records who saved what and when, versions compare field
 * by field, and restoring makes a new draft (resources) or a new version (contact cards,
 * taxonomy terms).
 */
@WithLibrary
class HistoryIT {

	private static final String ALEX = "alex.history@example.org";

	private static final String SAM = "sam.history@example.org";

	@Autowired
	History history;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsWhoChangedAResourceAndWhenComparesVersionsAndRestoresOneAsADraft() {
		Instant start = Instant.now();
		signIn(ALEX);
		Category category = this.catalogue.save(new Category("history-" + this.unique, "History category", null, 90));
		Topic custody = this.catalogue.save(new Topic("custody-" + this.unique, "Custody " + this.unique, null));
		Topic education = this.catalogue.save(new Topic("education-" + this.unique, "Education " + this.unique, null));
		ContactCard card = this.contacts
			.save(new ContactCard("history-card-" + this.unique, "Leeds YJS " + this.unique));
		String title = "Restorative panels " + this.unique;
		Resource created = new Resource(ResourceKind.PRACTICE_EXAMPLE, "restorative-panels-" + this.unique, title,
				category);
		created.setDescription("Young people meet the person they harmed.\n\nA trained facilitator leads.");
		created.getAims().addAll(List.of("Repair harm", "Reduce reoffending"));
		created.getTopics().add(custody);
		created.getContacts().add(card);
		created.setAgeRange(new AgeRange(10, 17));
		long id = this.catalogue.save(created).getId();

		signIn(SAM);
		change(id, (resource) -> {
			resource.setTitle(title + " revised");
			resource.setDescription("Children meet the person they harmed.\n\nA trained facilitator leads.");
			resource.getAims().set(0, "Involve victims");
			resource.getTopics().add(this.entityManager.find(Topic.class, education.getId()));
		});
		signIn(ALEX);
		change(id, (resource) -> {
			resource.setSummary("Panels of volunteers.");
			resource.publish(Instant.now());
		});
		Instant end = Instant.now();

		HistoryPage page = this.history.history(ItemType.RESOURCE, id).orElseThrow();
		assertThat(page.item().name()).isEqualTo(title + " revised");
		assertThat(page.versions()).extracting(VersionRow::number).containsExactly(3, 2, 1);
		assertThat(page.versions()).extracting(VersionRow::by).containsExactly(ALEX, SAM, ALEX);
		assertThat(page.versions()).extracting(VersionRow::change)
			.containsExactly(Change.CHANGED, Change.CHANGED, Change.CREATED);
		assertThat(page.versions()).extracting(VersionRow::status).containsExactly("Published", "Draft", "Draft");
		assertThat(page.versions()).allSatisfy((version) -> {
			assertThat(version.at()).isBetween(start.minusSeconds(1), end.plusSeconds(1));
			assertThat(version.when()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} at .+");
		});
		assertThat(page.versions()).extracting(VersionRow::restorable).containsExactly(false, true, true);
		assertThat(page.defaultFrom()).isEqualTo(2);
		assertThat(page.defaultTo()).isEqualTo(3);

		List<FieldChange> changes = this.history.compare(ItemType.RESOURCE, id, 1, 3).orElseThrow().changes();
		assertThat(changes).extracting(FieldChange::label)
			.containsExactly("history.field.title", "history.field.status", "history.field.summary",
					"history.field.description", "history.field.topics", "history.field.aims",
					"history.field.published-at");
		assertThat(changes.get(0)).isEqualTo(FieldChange.value("history.field.title", title, title + " revised"));
		assertThat(changes.get(1)).isEqualTo(FieldChange.value("history.field.status", "Draft", "Published"));
		assertThat(changes.get(3).kind()).isEqualTo(Kind.TEXT);
		assertThat(changes.get(3).pieces()).contains(new Piece(Piece.Type.REMOVED, "Young people "),
				new Piece(Piece.Type.ADDED, "Children "));
		assertThat(changes.get(4).added()).containsExactly("Education " + this.unique);
		assertThat(changes.get(5).added()).containsExactly("Involve victims");
		assertThat(changes.get(5).removed()).containsExactly("Repair harm");

		signIn(SAM);
		Restored restored = this.history.restore(ItemType.RESOURCE, id, 1).orElseThrow();
		assertThat(restored.version()).isEqualTo(1);
		assertThat(restored.partly()).isFalse();
		long draftId = Long.parseLong(restored.path().substring("/admin/resources/".length()));
		assertThat(draftId).isNotEqualTo(id);
		inTransaction(() -> {
			Resource draft = this.entityManager.find(Resource.class, draftId);
			assertThat(draft.getStatus()).isEqualTo(ResourceStatus.DRAFT);
			assertThat(draft.getPublishedAt()).isNull();
			assertThat(draft.getTitle()).isEqualTo(title);
			assertThat(draft.getSlug()).isNotEqualTo("restorative-panels-" + this.unique);
			assertThat(draft.getDescription()).startsWith("Young people meet");
			assertThat(draft.getAims()).containsExactly("Repair harm", "Reduce reoffending");
			assertThat(draft.getTopics()).extracting(Topic::getName).containsExactly("Custody " + this.unique);
			assertThat(draft.getContacts()).extracting(ContactCard::getId).containsExactly(card.getId());
			assertThat(draft.getCategory().getId()).isEqualTo(category.getId());
			assertThat(draft.getAgeRange()).isEqualTo(new AgeRange(10, 17));
			assertThat(draft.getChangeNotes()).isEmpty();
			assertThat(draft.getCreatedBy()).isEqualTo(SAM);
			Resource original = this.entityManager.find(Resource.class, id);
			assertThat(original.getTitle()).isEqualTo(title + " revised");
			assertThat(original.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
			assertThat(original.getAims()).containsExactly("Involve victims", "Reduce reoffending");
			return null;
		});
		assertThat(this.history.history(ItemType.RESOURCE, id).orElseThrow().versions()).hasSize(3);
		assertThat(this.history.history(ItemType.RESOURCE, draftId).orElseThrow().versions()).singleElement()
			.satisfies((version) -> {
				assertThat(version.by()).isEqualTo(SAM);
				assertThat(version.change()).isEqualTo(Change.CREATED);
			});
	}

	@Test
	void restoringAContactCardWritesTheEarlierDetailsBackAsANewVersion() {
		signIn(ALEX);
		ContactCard card = new ContactCard("restore-card-" + this.unique, "Bristol YOT " + this.unique);
		card.setTelephone("0117 496 0000");
		long id = this.contacts.save(card).getId();
		signIn(SAM);
		changeCard(id, (changed) -> {
			changed.setTelephone("0117 496 0999");
			changed.setEmail("yot@example.org");
		});

		List<FieldChange> changes = this.history.compare(ItemType.CONTACT_CARD, id, 1, 2).orElseThrow().changes();
		assertThat(changes).containsExactly(
				FieldChange.value("history.field.telephone", "0117 496 0000", "0117 496 0999"),
				FieldChange.value("history.field.email", null, "yot@example.org"));

		signIn(ALEX);
		Restored restored = this.history.restore(ItemType.CONTACT_CARD, id, 1).orElseThrow();
		assertThat(restored.path()).isEqualTo("/admin/contacts/" + id + "/history");
		inTransaction(() -> {
			ContactCard now = this.entityManager.find(ContactCard.class, id);
			assertThat(now.getTelephone()).isEqualTo("0117 496 0000");
			assertThat(now.getEmail()).isNull();
			assertThat(now.getSlug()).isEqualTo("restore-card-" + this.unique);
			return null;
		});
		HistoryPage page = this.history.history(ItemType.CONTACT_CARD, id).orElseThrow();
		assertThat(page.versions()).extracting(VersionRow::by).containsExactly(ALEX, SAM, ALEX);
		assertThat(page.versions().get(0).change()).isEqualTo(Change.CHANGED);
		assertThat(page.versions().get(0).status()).isNull();
		assertThat(this.history.compare(ItemType.CONTACT_CARD, id, 1, 3).orElseThrow().changes()).isEmpty();
	}

	@Test
	void restoringATaxonomyTermPutsBackItsNameAndDescription() {
		signIn(ALEX);
		long id = this.catalogue
			.save(new Topic("term-" + this.unique, "Resettlement " + this.unique, "Leaving custody."))
			.getId();
		signIn(SAM);
		inTransaction(() -> {
			this.entityManager.find(Topic.class, id).restore("Renamed " + this.unique, null);
			return null;
		});
		assertThat(this.history.compare(ItemType.TOPIC, id, 1, 2).orElseThrow().changes()).containsExactly(
				FieldChange.value("history.field.name", "Resettlement " + this.unique, "Renamed " + this.unique),
				FieldChange.value("history.field.term-description", "Leaving custody.", null));

		this.history.restore(ItemType.TOPIC, id, 1).orElseThrow();

		inTransaction(() -> {
			Topic topic = this.entityManager.find(Topic.class, id);
			assertThat(topic.getName()).isEqualTo("Resettlement " + this.unique);
			assertThat(topic.getDescription()).isEqualTo("Leaving custody.");
			return null;
		});
		assertThat(this.history.history(ItemType.TOPIC, id).orElseThrow().versions()).hasSize(3);
	}

	@Test
	void restoringACategoryPutsBackItsPlaceInTheList() {
		signIn(ALEX);
		long id = this.catalogue.save(new Category("placed-" + this.unique, "Placed " + this.unique, null, 5)).getId();
		inTransaction(() -> {
			this.entityManager.find(Category.class, id).moveTo(7);
			return null;
		});
		assertThat(this.history.compare(ItemType.CATEGORY, id, 1, 2).orElseThrow().changes())
			.containsExactly(FieldChange.value("history.field.position", "5", "7"));

		this.history.restore(ItemType.CATEGORY, id, 1).orElseThrow();

		assertThat(inTransaction(() -> this.entityManager.find(Category.class, id).getPosition())).isEqualTo(5);
		assertThat(inTransaction(() -> this.entityManager.find(Category.class, id).getSlug()))
			.isEqualTo("placed-" + this.unique);
	}

	@Test
	void aDeletedItemKeepsItsHistoryButCannotBeWrittenBackOnto() {
		signIn(ALEX);
		long id = this.catalogue.save(new Topic("deleted-" + this.unique, "Deleted topic " + this.unique, null))
			.getId();
		inTransaction(() -> {
			this.entityManager.remove(this.entityManager.find(Topic.class, id));
			return null;
		});

		HistoryPage page = this.history.history(ItemType.TOPIC, id).orElseThrow();
		assertThat(page.item().exists()).isFalse();
		assertThat(page.item().name()).isEqualTo("Deleted topic " + this.unique);
		assertThat(page.versions()).extracting(VersionRow::change).containsExactly(Change.DELETED, Change.CREATED);
		assertThat(page.versions()).extracting(VersionRow::restorable).containsExactly(false, false);
		assertThat(page.canCompare()).isFalse();
		assertThat(this.history.compare(ItemType.TOPIC, id, 1, 2)).isEmpty();
		assertThat(this.history.restore(ItemType.TOPIC, id, 1)).isEmpty();
	}

	@Test
	void unknownItemsAndVersionsAreNotFound() {
		assertThat(this.history.history(ItemType.RESOURCE, Long.MAX_VALUE)).isEmpty();
		long demo = this.catalogue.findCategory("practice-examples").orElseThrow().getId();
		assertThat(this.history.compare(ItemType.CATEGORY, demo, 1, 99)).isEmpty();
		assertThat(this.history.compare(ItemType.CATEGORY, demo, 0, 1)).isEmpty();
		assertThat(this.history.restorePage(ItemType.CATEGORY, demo, 99)).isEmpty();
		assertThat(this.history.restore(ItemType.CATEGORY, demo, 99)).isEmpty();
	}

	@Test
	void theDemoLoaderAndOtherUnattendedChangesAreRecordedAsTheSystem() {
		long demo = this.catalogue.findCategory("practice-examples").orElseThrow().getId();
		assertThat(this.history.history(ItemType.CATEGORY, demo).orElseThrow().versions().get(0).isBySystem()).isTrue();
	}

	private void change(long id, Consumer<Resource> change) {
		inTransaction(() -> {
			change.accept(this.entityManager.find(Resource.class, id));
			return null;
		});
	}

	private void changeCard(long id, Consumer<ContactCard> change) {
		inTransaction(() -> {
			change.accept(this.entityManager.find(ContactCard.class, id));
			return null;
		});
	}

	private <T> T inTransaction(Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	private static void signIn(String email) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
	}

}
