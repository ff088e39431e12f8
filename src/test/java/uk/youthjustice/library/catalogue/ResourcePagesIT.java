package uk.youthjustice.library.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.catalogue.ResourcePage.Link;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.StatementCount;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource pages on PostgreSQL: a fixed number of SQL statements per page, related and
 * replacing resources, and the HTTP validators.
 */
@WithLibrary
class ResourcePagesIT {

	@Autowired
	ResourcePages pages;

	@Autowired
	ResourceRepository resources;

	@Autowired
	CategoryRepository categories;

	@Autowired
	TopicRepository topics;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	Attachments attachments;

	@Autowired
	ExtractionWorker extraction;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aPageTakesTheSameStatementsHoweverMuchTheResourceHas() throws IOException {
		Category category = category();
		Resource small = publish(resource(category, "small"), topics(1), cards(1), 1);
		attach(small, 1);
		Resource large = publish(resource(category, "large"), topics(8), cards(6), 7);
		attach(large, 5);

		long forSmall = statements(() -> this.pages.find(small.getSlug(), false).orElseThrow());
		long forLarge = statements(() -> this.pages.find(large.getSlug(), false).orElseThrow());

		ResourcePage largePage = this.pages.find(large.getSlug(), false).orElseThrow();
		assertThat(largePage.topics()).hasSize(8);
		assertThat(largePage.contacts()).hasSize(6);
		assertThat(largePage.attachments()).hasSize(5);
		assertThat(largePage.changes()).hasSize(7);
		assertThat(forLarge).isEqualTo(forSmall);
		// Resource with topics, then contacts, aims, steps, audience, change notes,
		// attachments, replacements and related resources; when there are related ones,
		// one more statement names them all.
		assertThat(forSmall).isEqualTo(9);
	}

	@Test
	void relatedResourcesArePublicOnesSharingMostFirst() {
		Category category = category();
		List<Topic> shared = topics(2);
		List<ContactCard> team = cards(1);
		Resource page = publish(resource(category, "page"), shared, team, 0);
		Resource bothTopics = publish(resource(category, "both-topics"), shared, List.of(), 0);
		Resource everything = publish(resource(category, "everything"), shared, team, 0);
		Resource sameTeam = publish(resource(category, "same-team"), List.of(), team, 0);
		publish(resource(category, "unrelated"), topics(1), cards(1), 0);
		Resource draft = resource(category, "draft");
		draft.getTopics().addAll(shared);
		this.resources.save(draft);
		Resource archived = resource(category, "archived");
		archived.getTopics().addAll(shared);
		archived.publish(Instant.parse("2020-01-01T00:00:00Z"));
		archived.archive();
		this.resources.save(archived);

		List<Link> related = this.pages.find(page.getSlug(), false).orElseThrow().related();

		assertThat(related).extracting(Link::slug)
			.containsExactly(everything.getSlug(), bothTopics.getSlug(), sameTeam.getSlug());
	}

	@Test
	void aRelatedResourceArchivedAfterThePageWasSeenDisappearsAtOnce() {
		Category category = category();
		List<Topic> shared = topics(1);
		Resource page = publish(resource(category, "seen"), shared, List.of(), 0);
		Resource neighbour = publish(resource(category, "neighbour"), shared, List.of(), 0);
		assertThat(this.pages.find(page.getSlug(), false).orElseThrow().related()).extracting(Link::slug)
			.containsExactly(neighbour.getSlug());

		neighbour.archive();
		this.resources.save(neighbour);

		assertThat(this.pages.find(page.getSlug(), false).orElseThrow().related()).isEmpty();
	}

	@Test
	void relatedResourcesStopAtFive() {
		Category category = category();
		List<Topic> shared = topics(1);
		Resource page = publish(resource(category, "crowded"), shared, List.of(), 0);
		for (int i = 0; i < 7; i++) {
			publish(resource(category, "neighbour-" + i), shared, List.of(), 0);
		}

		assertThat(this.pages.find(page.getSlug(), false).orElseThrow().related()).hasSize(5);
	}

	@Test
	void editionsLinkToEachOtherWhilePublic() {
		Category category = category();
		Resource first = publish(resource(category, "edition-1"), List.of(), List.of(), 0);
		Resource second = resource(category, "edition-2");
		second.setReplaces(first);
		publish(second, List.of(), List.of(), 0);
		Resource third = resource(category, "edition-3-draft");
		third.setReplaces(second);
		this.resources.save(third);

		ResourcePage firstPage = this.pages.find(first.getSlug(), false).orElseThrow();
		ResourcePage secondPage = this.pages.find(second.getSlug(), false).orElseThrow();

		assertThat(firstPage.replacedBy().slug()).isEqualTo(second.getSlug());
		assertThat(secondPage.replaces().slug()).isEqualTo(first.getSlug());
		assertThat(secondPage.replacedBy()).as("a draft replacement is not shown").isNull();
	}

	@Test
	void modifiedAtMovesWhenOnlyACollectionChanges() {
		Resource resource = publish(resource(category(), "collection"), topics(1), List.of(), 0);
		Instant before = this.resources.findById(resource.getId()).orElseThrow().getModifiedAt();
		Topic added = topics(1).get(0);

		this.transaction.executeWithoutResult((status) -> this.resources.findById(resource.getId())
			.orElseThrow()
			.getTopics()
			.add(this.topics.getReferenceById(added.getId())));

		assertThat(before).isNotNull();
		assertThat(this.resources.findById(resource.getId()).orElseThrow().getModifiedAt()).isAfter(before);
	}

	@Test
	void aMatchingEtagIsAnsweredWithNotModified() throws Exception {
		HttpResponse<String> first = get("/resources/leeds-yjs-resettlement-policy", null);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = get("/resources/leeds-yjs-resettlement-policy", etag);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void scriptInTheAddressIsNotFoundAndNotEchoed() throws Exception {
		HttpResponse<String> response = get("/resources/%3Cscript%3Ealert(1)%3C%2Fscript%3E", null);
		HttpResponse<String> encoded = get("/resources/%22%3E%3Cscript%3Ealert(1)%3C%5Cscript%3E", null);
		HttpResponse<String> longOne = get("/resources/" + "x".repeat(5000), null);

		assertThat(List.of(response.statusCode(), encoded.statusCode(), longOne.statusCode()))
			.allSatisfy((status) -> assertThat(status).isBetween(400, 499));
		assertThat(response.body() + encoded.body()).doesNotContain("<script>alert(1)");
		assertThat(longOne.statusCode()).isEqualTo(404);
		assertThat(longOne.body()).doesNotContain("x".repeat(300));
	}

	/**
	 * The fewest statements of three requests (see {@link StatementCount}), each with the
	 * related resources forgotten, so each reads them as a first request does.
	 */
	private long statements(Supplier<ResourcePage> page) {
		return StatementCount.fewest(this.entityManagerFactory, () -> {
			this.pages.forgetRelated();
			page.get();
		});
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) {
		return (ifNoneMatch != null) ? LocalHttp.getPage(this.port, path, "If-None-Match", ifNoneMatch)
				: LocalHttp.getPage(this.port, path);
	}

	private Category category() {
		return this.categories.save(new Category("pages-" + this.unique, "Pages " + this.unique, null, 50));
	}

	private Resource resource(Category category, String name) {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, name + "-" + this.unique, "Title " + name,
				category);
		resource.setSummary("Summary of " + name);
		resource.setDescription("Some *Markdown* for " + name + ".");
		resource.getAims().addAll(List.of("Aim one", "Aim two"));
		resource.getImplementationSteps().addAll(List.of("Step one", "Step two"));
		return resource;
	}

	private Resource publish(Resource resource, List<Topic> topics, List<ContactCard> cards, int changes) {
		resource.getTopics().addAll(topics);
		resource.getContacts().addAll(cards);
		resource.publish(Instant.parse("2024-01-01T09:00:00Z"));
		for (int i = 0; i < changes; i++) {
			resource.noteChange(Instant.parse("2024-02-01T09:00:00Z").plusSeconds(i), "Change " + i);
		}
		return this.resources.save(resource);
	}

	private List<Topic> topics(int count) {
		List<Topic> saved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String slug = "topic-" + UUID.randomUUID().toString().substring(0, 8);
			saved.add(this.topics.save(new Topic(slug, "Topic " + slug, null)));
		}
		return saved;
	}

	private List<ContactCard> cards(int count) {
		List<ContactCard> saved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String slug = "card-" + UUID.randomUUID().toString().substring(0, 8);
			ContactCard card = new ContactCard(slug, "Service " + slug);
			card.setTelephone("0113 496 000" + i);
			saved.add(this.contacts.save(card));
		}
		return saved;
	}

	private void attach(Resource resource, int count) throws IOException {
		for (int i = 0; i < count; i++) {
			byte[] text = ("Notes " + i + " " + this.unique).getBytes(StandardCharsets.UTF_8);
			this.attachments.attach(resource.getId(),
					this.attachments.receive("notes-" + i + ".txt", new ByteArrayInputStream(text)), "Notes " + i,
					false);
		}
		// Read now, so that no background reading runs while statements are counted.
		this.extraction.runUntilIdle();
	}

}
