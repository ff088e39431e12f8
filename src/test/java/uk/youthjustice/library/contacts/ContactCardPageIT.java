package uk.youthjustice.library.contacts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManagerFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.StatementCount;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact card's page on PostgreSQL lists the public resources the card is attached to,
 * as a contact or as source organisation, and none the public may not see. The card and
 * resources are this test's own.
 */
@WithLibrary
class ContactCardPageIT {

	static final String PREFIX = "contact-page-test";

	static final String CARD = PREFIX + "-card";

	static final String UNUSED_CARD = PREFIX + "-unused-card";

	static final String REGION = "Contact Page Test Region";

	@LocalServerPort
	int port;

	@Autowired
	ContactDirectory directory;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void createOnce() {
		if (this.directory.findBySlug(CARD).isPresent()) {
			return;
		}
		ContactCard card = new ContactCard(CARD, "Contact Page Test Service");
		card.setPersonName("Robin Test");
		card.setRegion(REGION);
		card = this.directory.save(card);
		ContactCard unused = new ContactCard(UNUSED_CARD, "Contact Page Unused Service");
		unused.setRegion(REGION);
		this.directory.save(unused);
		Category category = this.catalogue.save(new Category(PREFIX + "-category", "Contact page tests", null, 98));
		Instant start = Instant.parse("2021-03-01T09:00:00Z");

		Resource contact = resource(category, "contact", "Public with the card as contact");
		contact.getContacts().add(card);
		contact.publish(start);
		this.catalogue.save(contact);

		Resource source = resource(category, "source", "Public with the card as source");
		source.setSourceOrganisation(card);
		source.publish(start.plus(1, ChronoUnit.DAYS));
		this.catalogue.save(source);

		Resource both = resource(category, "both", "Public with the card as contact and source");
		both.getContacts().add(card);
		both.setSourceOrganisation(card);
		both.publish(start.plus(2, ChronoUnit.DAYS));
		this.catalogue.save(both);

		Resource draft = resource(category, "draft", "Hidden draft");
		draft.getContacts().add(card);
		this.catalogue.save(draft);

		Resource scheduled = resource(category, "scheduled", "Hidden scheduled");
		scheduled.setSourceOrganisation(card);
		scheduled.schedule(Instant.now().plus(30, ChronoUnit.DAYS));
		this.catalogue.save(scheduled);

		Resource archived = resource(category, "archived", "Hidden archived");
		archived.getContacts().add(card);
		archived.publish(start);
		archived.archive();
		this.catalogue.save(archived);

		Resource future = resource(category, "future", "Hidden published in the future");
		future.getContacts().add(card);
		future.publish(Instant.now().plus(30, ChronoUnit.DAYS));
		this.catalogue.save(future);

		Resource unrelated = resource(category, "unrelated", "Public without the card");
		unrelated.publish(start);
		this.catalogue.save(unrelated);
	}

	@Test
	void listsEachPublicResourceOnceNewestFirstAndNothingHidden() {
		ContactCardPage page = this.directory.cardPage(CARD).orElseThrow();

		assertThat(page.contact().name()).isEqualTo("Robin Test");
		assertThat(page.resources()).extracting(LinkedResource::slug)
			.containsExactly(PREFIX + "-both", PREFIX + "-source", PREFIX + "-contact");
		assertThat(page.resources()).extracting(LinkedResource::kindLabelKey)
			.containsOnly("resource.kind.PRACTICE_EXAMPLE");
	}

	@Test
	void cardPageLinksThePublicResourcesOnly() throws Exception {
		HttpResponse<String> response = get("/contacts/" + CARD);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Robin Test");
		assertThat(page.select(".library-resource-list__item h3 a").eachAttr("href")).containsExactly(
				"/resources/" + PREFIX + "-both", "/resources/" + PREFIX + "-source",
				"/resources/" + PREFIX + "-contact");
		assertThat(response.body()).doesNotContain("Hidden").doesNotContain("Public without the card");
	}

	@Test
	void directoryFiltersByRegion() throws Exception {
		Document page = Jsoup.parse(get("/contacts?region=" + REGION.replace(' ', '+')).body());

		assertThat(page.select("main h2").eachText()).containsExactly(REGION);
		assertThat(page.select("main h3").eachText()).containsExactly("Contact Page Test Service",
				"Contact Page Unused Service");
		assertThat(page.select("[role=status]").text()).isEqualTo("2 contacts in 2 organisations");
	}

	@Test
	void unknownCardIsTheFriendlyNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/contacts/no-such-contact");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void pagesCostTheSameStatementsHoweverManyResourcesOrCards() throws Exception {
		long withResources = statements("/contacts/" + CARD);
		long without = statements("/contacts/" + UNUSED_CARD);

		assertThat(withResources).isPositive().isEqualTo(without).isLessThanOrEqualTo(2);
		assertThat(statements("/contacts")).isPositive()
			.isEqualTo(statements("/contacts?region=" + REGION.replace(' ', '+')))
			.isLessThanOrEqualTo(2);
	}

	private long statements(String path) {
		return StatementCount.fewest(this.entityManagerFactory,
				() -> assertThat(get(path).statusCode()).isEqualTo(200));
	}

	private HttpResponse<String> get(String path) {
		return LocalHttp.getPage(this.port, path);
	}

	private static Resource resource(Category category, String name, String title) {
		return new Resource(ResourceKind.PRACTICE_EXAMPLE, PREFIX + "-" + name, title, category);
	}

}
