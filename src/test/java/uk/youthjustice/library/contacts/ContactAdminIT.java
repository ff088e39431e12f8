package uk.youthjustice.library.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.system.DateInput;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping contact cards on PostgreSQL: saving every field, the search and filters of the
 * admin list, duplicate email addresses, and deletion refused while any resource, of any
 * status, names the card. Every card carries this run's own marker.
 */
@WithLibrary
class ContactAdminIT {

	@Autowired
	ContactAdmin admin;

	@Autowired
	ContactCardRepository cards;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aNewCardKeepsEveryFieldAndGetsASlugFromItsNames() {
		CardIdentity created = this.admin.create(new ContactForm("Admin Test Service " + this.unique, "Priya Shah",
				"Education worker", "+44 (0)121 496 0999", "Priya." + this.unique + "@Example.org.uk",
				"https://www.example.org.uk/eastfield", "West Midlands", new DateInput("3", "11", "2025")));

		ContactCard card = this.cards.findById(created.id()).orElseThrow();
		assertThat(card.getSlug()).isEqualTo("admin-test-service-" + this.unique + "-priya-shah");
		assertThat(ContactForm.of(card)).isEqualTo(new ContactForm("Admin Test Service " + this.unique, "Priya Shah",
				"Education worker", "+44 (0)121 496 0999", "Priya." + this.unique + "@Example.org.uk",
				"https://www.example.org.uk/eastfield", "West Midlands", new DateInput("3", "11", "2025")));
		CardIdentity again = this.admin.create(new ContactForm("Admin Test Service " + this.unique, "Priya Shah", "",
				"", "", "", "", DateInput.EMPTY));
		assertThat(again.slug()).isEqualTo(created.slug() + "-2");
		ContactCard bare = this.cards.findById(again.id()).orElseThrow();
		assertThat(bare.getRole()).isNull();
		assertThat(bare.getEmail()).isNull();
		assertThat(bare.getLastVerifiedOn()).isNull();
	}

	@Test
	void aChangeKeepsTheSlugAndStoresScriptAsText() {
		CardIdentity created = card("Changing", null, null, null);
		String script = "<script>alert('" + this.unique + "')</script>";

		this.admin.update(created.id(),
				new ContactForm(script, script, script, "", "", "", "", new DateInput("1", "1", "2026")));

		ContactCard card = this.cards.findById(created.id()).orElseThrow();
		assertThat(card.getOrganisation()).isEqualTo(script);
		assertThat(card.getPersonName()).isEqualTo(script);
		assertThat(card.getRole()).isEqualTo(script);
		assertThat(card.getLastVerifiedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(card.getSlug()).isEqualTo(created.slug());
	}

	@Test
	void anotherCardWithTheEmailIsFoundIgnoringCaseButNotTheCardItself() {
		CardIdentity card = card("Email", null, null, null);
		this.admin.update(card.id(), new ContactForm("Email " + this.unique, "", "", "",
				"same." + this.unique + "@example.org", "", "", DateInput.EMPTY));

		assertThat(this.admin.otherCardWithEmail("SAME." + this.unique + "@EXAMPLE.org", null)).map(CardIdentity::id)
			.contains(card.id());
		assertThat(this.admin.otherCardWithEmail("same." + this.unique + "@example.org", card.id())).isEmpty();
		assertThat(this.admin.otherCardWithEmail("", null)).isEmpty();
	}

	@Test
	void theListFindsCardsByOrganisationPersonOrEmailAndFilters() {
		LocalDate today = ContactAdmin.today(this.clock);
		CardIdentity fresh = card("Search Org", "Alex Fresh", "London", today.minusMonths(1));
		CardIdentity stale = card("Other Org", "Sam Stale", "Wales", today.minusMonths(13));
		CardIdentity never = card("Third Org", "Jo Never", null, null);
		this.admin.update(never.id(), new ContactForm("Third Org " + this.unique, "Jo Never", "", "",
				"jo.100%_" + this.unique + "@example.org", "", "", DateInput.EMPTY));

		assertThat(ids(list(this.unique, "", null))).containsExactly(stale.id(), fresh.id(), never.id());
		assertThat(ids(list("alex " + this.unique + " fresh", "", null))).containsExactly(fresh.id());
		assertThat(ids(list("SEARCH ORG " + this.unique, "", null))).containsExactly(fresh.id());
		assertThat(ids(list("org " + this.unique + " nobody", "", null))).isEmpty();
		assertThat(ids(list("jo.100%_" + this.unique, "", null))).containsExactly(never.id());
		assertThat(ids(list("100%x", "", null))).doesNotContain(never.id());
		assertThat(ids(list(this.unique, "wales", null))).containsExactly(stale.id());
		assertThat(ids(list(this.unique, ContactDirectoryPage.NOT_RECORDED, null))).containsExactly(never.id());
		assertThat(ids(list(this.unique, "", "true"))).containsExactly(stale.id(), never.id());
		assertThat(list(this.unique, "", "true").rows()).allMatch(ContactAdminPage.Row::stale);
		assertThat(list(this.unique, "", null).rows()).filteredOn((row) -> row.id().equals(fresh.id()))
			.singleElement()
			.extracting(ContactAdminPage.Row::stale)
			.isEqualTo(false);
		ContactAdminPage unknownRegion = list(this.unique, "Atlantis", null);
		assertThat(unknownRegion.region()).isEmpty();
		assertThat(unknownRegion.total()).isEqualTo(3);
	}

	@Test
	void theListIsPagedAndAPageBeyondTheLastShowsTheLast() {
		for (int n = 1; n <= ContactAdmin.PAGE_SIZE + 2; n++) {
			card(String.format("Paged %02d", n), null, null, null);
		}

		ContactAdminPage first = list("Paged", "", null, "1");
		assertThat(first.total()).isEqualTo(ContactAdmin.PAGE_SIZE + 2);
		assertThat(first.rows()).hasSize(ContactAdmin.PAGE_SIZE);
		assertThat(first.pagination().nextHref()).isEqualTo("/admin/contacts?q=Paged+" + this.unique + "&page=2");
		ContactAdminPage beyond = list("Paged", "", null, "99");
		assertThat(beyond.pagination().page()).isEqualTo(2);
		assertThat(beyond.rows()).extracting(ContactAdminPage.Row::organisation)
			.containsExactly("Paged 26 " + this.unique, "Paged 27 " + this.unique);
	}

	@Test
	void markingVerifiedRecordsToday() {
		CardIdentity card = card("Verified", null, null, LocalDate.of(2020, 1, 1));

		assertThat(this.admin.markVerified(card.id())).contains(ContactAdmin.today(this.clock));
		assertThat(this.cards.findById(card.id()).orElseThrow().getLastVerifiedOn())
			.isEqualTo(ContactAdmin.today(this.clock));
		assertThat(this.admin.markVerified(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void aCardAnyResourceNamesIsNotDeletedAndTheResourcesAreListed() {
		CardIdentity contact = card("Named as contact", null, null, null);
		CardIdentity source = card("Named as source", null, null, null);
		ContactCard contactCard = this.cards.findById(contact.id()).orElseThrow();
		ContactCard sourceCard = this.cards.findById(source.id()).orElseThrow();
		Category category = this.catalogue
			.save(new Category("contact-admin-" + this.unique, "Contact admin " + this.unique, null, 97));
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, "draft-" + this.unique, "B draft " + this.unique,
				category);
		draft.getContacts().add(contactCard);
		draft.getContacts().add(sourceCard);
		draft.setSourceOrganisation(contactCard);
		this.catalogue.save(draft);
		Resource archived = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "archived-" + this.unique,
				"A archived " + this.unique, category);
		archived.setSourceOrganisation(sourceCard);
		archived.publish(Instant.parse("2024-01-01T00:00:00Z"));
		archived.archive();
		this.catalogue.save(archived);

		CardUsage contactUsage = this.admin.deleteIfUnused(contact.id());
		assertThat(contactUsage.total()).isEqualTo(1);
		assertThat(contactUsage.first())
			.containsExactly(new CardUsage.UsingResource(draft.getId(), "B draft " + this.unique, "DRAFT"));
		CardUsage sourceUsage = this.admin.deleteIfUnused(source.id());
		assertThat(sourceUsage.first()).extracting(CardUsage.UsingResource::status)
			.containsExactly("ARCHIVED", "DRAFT");
		assertThat(this.cards.findById(contact.id())).isPresent();
		assertThat(this.cards.findById(source.id())).isPresent();
	}

	@Test
	void anUnusedCardIsDeleted() {
		CardIdentity card = card("Unused", null, null, null);

		assertThat(this.admin.deleteIfUnused(card.id()).inUse()).isFalse();
		assertThat(this.cards.findById(card.id())).isEmpty();
	}

	private CardIdentity card(String organisation, String person, String region, LocalDate verified) {
		return this.admin.create(new ContactForm(organisation + " " + this.unique, (person != null) ? person : "", "",
				"", "", "", (region != null) ? region : "", DateInput.of(verified)));
	}

	private ContactAdminPage list(String q, String region, String stale) {
		return this.admin.list(new ContactListParameters(q, region, stale, null));
	}

	private ContactAdminPage list(String prefix, String region, String stale, String page) {
		return this.admin.list(new ContactListParameters(prefix + " " + this.unique, region, stale, page));
	}

	private static List<Long> ids(ContactAdminPage page) {
		return page.rows().stream().map(ContactAdminPage.Row::id).toList();
	}

}
