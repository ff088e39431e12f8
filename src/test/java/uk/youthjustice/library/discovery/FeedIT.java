package uk.youthjustice.library.discovery;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.discovery.DemoContent.Item;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.StatementCount;
import uk.youthjustice.library.support.WithLibrary;
import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds over HTTP: valid RFC 4287 documents, public resources only, the newest
 * fifty, and conditional requests. Besides the demo content, a category of this test's
 * own has 52 public resources and one draft, and a category and a topic have nothing
 * public at all.
 */
@WithLibrary
class FeedIT {

	static final String CATEGORY = "discovery-test-category";

	static final String TOPIC = "discovery-test-topic";

	static final String EMPTY_CATEGORY = "discovery-empty-category";

	static final String EMPTY_TOPIC = "discovery-empty-topic";

	static final Instant CHANGED = Instant.parse("2012-03-04T05:06:07Z");

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	PublicAddress address;

	@Autowired
	Clock clock;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void createOwnContentOnce() {
		if (this.catalogue.findCategory(CATEGORY).isPresent()) {
			return;
		}
		Category category = this.catalogue.save(new Category(CATEGORY, "Discovery test category", null, 98));
		Topic topic = this.catalogue.save(new Topic(TOPIC, "Discovery test topic", null));
		Instant start = Instant.parse("2010-01-01T09:00:00Z");
		for (int i = 1; i <= 52; i++) {
			Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, CATEGORY + "-" + i,
					String.format("Discovery resource %02d", i), category);
			resource.setSummary("Summary of discovery resource " + i + ".");
			if (i % 4 == 0) {
				resource.getTopics().add(topic);
			}
			resource.publish(start.plus(i, ChronoUnit.DAYS));
			if (i == 52) {
				resource.noteChange(CHANGED, "Corrected the summary.");
			}
			this.catalogue.save(resource);
		}
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, CATEGORY + "-draft", "Hidden draft", category);
		draft.getTopics().add(topic);
		this.catalogue.save(draft);

		Category empty = this.catalogue.save(new Category(EMPTY_CATEGORY, "Discovery empty category", null, 97));
		Topic emptyTopic = this.catalogue.save(new Topic(EMPTY_TOPIC, "Discovery empty topic", null));
		Resource unfinished = new Resource(ResourceKind.GUIDANCE_DOCUMENT, EMPTY_CATEGORY + "-draft", "Hidden draft",
				empty);
		unfinished.getTopics().add(emptyTopic);
		this.catalogue.save(unfinished);
		Resource scheduled = new Resource(ResourceKind.GUIDANCE_DOCUMENT, EMPTY_CATEGORY + "-scheduled",
				"Hidden scheduled", empty);
		scheduled.schedule(Instant.now().plus(30, ChronoUnit.DAYS));
		scheduled.getTopics().add(emptyTopic);
		this.catalogue.save(scheduled);
		Resource archived = new Resource(ResourceKind.GUIDANCE_DOCUMENT, EMPTY_CATEGORY + "-archived",
				"Hidden archived", empty);
		archived.publish(start);
		archived.archive();
		archived.getTopics().add(emptyTopic);
		this.catalogue.save(archived);
		Resource future = new Resource(ResourceKind.GUIDANCE_DOCUMENT, EMPTY_CATEGORY + "-future", "Hidden future",
				empty);
		future.publish(Instant.now().plus(30, ChronoUnit.DAYS));
		future.getTopics().add(emptyTopic);
		this.catalogue.save(future);
	}

	@Test
	void theDemoContentHasResourcesThePublicMustNotSee() {
		Set<ResourceStatus> statuses = DemoContent.resources()
			.stream()
			.map((item) -> resource(item).getStatus())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ResourceStatus.class)));

		assertThat(statuses).contains(ResourceStatus.DRAFT, ResourceStatus.SCHEDULED, ResourceStatus.ARCHIVED,
				ResourceStatus.PUBLISHED);
	}

	@Test
	void theLibraryFeedIsValidAtomOfTheNewestPublicResources() throws Exception {
		HttpResponse<String> response = get("/feeds/library.atom");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(response.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).startsWith("W/\""));
		Feed feed = validFeed(response);
		assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
		List<Date> published = feed.getEntries().stream().map(Entry::getPublished).toList();
		assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(feed.getUpdated())
			.isEqualTo(feed.getEntries().stream().map(Entry::getUpdated).max(Date::compareTo).orElseThrow());
		assertThat(lastModified(response)).isEqualTo(feed.getUpdated().toInstant());
		assertShowsOnlyThePublic(feed, (item) -> true);
	}

	@Test
	void everyDemoCategoryFeedIsValidAndShowsOnlyItsPublicResources() throws Exception {
		for (String slug : DemoContent.categorySlugs()) {
			Feed feed = validFeed(get("/feeds/categories/" + slug + ".atom"));

			assertThat(feed.getEntries()).as(slug)
				.allSatisfy((entry) -> assertThat(entry.getCategories())
					.extracting(com.rometools.rome.feed.atom.Category::getTerm)
					.first()
					.isEqualTo(slug));
			assertThat(links(feed.getAlternateLinks())).containsExactly(this.address.of("/categories/" + slug));
			assertShowsOnlyThePublic(feed, (item) -> item.category().equals(slug));
		}
	}

	@Test
	void everyDemoTopicFeedIsValidAndShowsOnlyItsPublicResources() throws Exception {
		for (String slug : DemoContent.topicSlugs()) {
			Feed feed = validFeed(get("/feeds/topics/" + slug + ".atom"));

			assertThat(feed.getEntries()).as(slug)
				.allSatisfy((entry) -> assertThat(entry.getCategories())
					.extracting(com.rometools.rome.feed.atom.Category::getTerm)
					.contains(slug));
			assertThat(links(feed.getAlternateLinks())).containsExactly(this.address.of("/topics/" + slug));
			assertShowsOnlyThePublic(feed, (item) -> item.topics().contains(slug));
		}
	}

	@Test
	void aCategoryOrTopicWithNothingPublicHasAValidEmptyFeed() throws Exception {
		for (String path : List.of("/feeds/categories/" + EMPTY_CATEGORY + ".atom",
				"/feeds/topics/" + EMPTY_TOPIC + ".atom")) {
			HttpResponse<String> response = get(path);
			Feed feed = validFeed(response);

			assertThat(feed.getEntries()).as(path).isEmpty();
			assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.parse("2000-01-01T00:00:00Z")));
			assertThat(response.headers().firstValue("Last-Modified")).hasValue("Sat, 01 Jan 2000 00:00:00 GMT");
		}
	}

	@Test
	void aFeedHoldsTheFiftyNewestNewestFirst() throws Exception {
		Feed feed = validFeed(get("/feeds/categories/" + CATEGORY + ".atom"));

		List<String> titles = feed.getEntries().stream().map(Entry::getTitle).toList();
		assertThat(titles).hasSize(50).first().isEqualTo("Discovery resource 52");
		assertThat(titles).last().isEqualTo("Discovery resource 03");
		assertThat(titles).doesNotContain("Hidden draft", "Discovery resource 02", "Discovery resource 01");
		Entry changed = feed.getEntries().get(0);
		assertThat(changed.getUpdated()).isEqualTo(Date.from(CHANGED));
		assertThat(changed.getPublished()).isEqualTo(Date.from(Instant.parse("2010-02-22T09:00:00Z")));
		assertThat(changed.getSummary().getValue()).isEqualTo("Summary of discovery resource 52.");
		assertThat(feed.getUpdated()).isEqualTo(Date.from(CHANGED));
		assertThat(feed.getTitle()).isEqualTo("New in Discovery test category – Youth Justice Practice Library");

		Feed topic = validFeed(get("/feeds/topics/" + TOPIC + ".atom"));
		assertThat(topic.getEntries()).hasSize(13)
			.extracting(Entry::getTitle)
			.first()
			.isEqualTo("Discovery resource 52");
		assertThat(topic.getTitle()).isEqualTo("New on Discovery test topic – Youth Justice Practice Library");
	}

	@Test
	void aFeedCostsTwoStatementsHoweverManyEntriesItHas() throws Exception {
		assertThat(statements("/feeds/categories/" + CATEGORY + ".atom")).isEqualTo(2);
		assertThat(statements("/feeds/topics/" + TOPIC + ".atom")).isEqualTo(2);
		assertThat(statements("/feeds/library.atom")).isEqualTo(2);
		assertThat(statements("/feeds/categories/" + EMPTY_CATEGORY + ".atom")).isEqualTo(2);
	}

	@Test
	void aReaderWithTheCurrentFeedGetsNotModified() throws Exception {
		String path = "/feeds/categories/" + CATEGORY + ".atom";
		HttpResponse<String> first = get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<String> byTag = get(path, "If-None-Match", etag);
		assertThat(byTag.statusCode()).isEqualTo(304);
		assertThat(byTag.body()).isEmpty();
		assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
		assertThat(byTag.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

		assertThat(get(path, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
		String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
		assertThat(get(path, "If-Modified-Since", dayBefore).statusCode()).isEqualTo(200);
		assertThat(get("/feeds/library.atom", "If-None-Match", etag).statusCode()).isEqualTo(200);
	}

	@Test
	void unknownOrHostileSlugsAreNotFound() throws Exception {
		List<String> paths = List.of("/feeds/categories/no-such-category.atom", "/feeds/topics/no-such-topic.atom",
				"/feeds/categories/" + "z".repeat(5_000) + ".atom", "/feeds/topics/" + "z".repeat(5_000) + ".atom",
				"/feeds/categories/%3Cscript%3Ealert(1)%3C/script%3E.atom", "/feeds/categories/%3Cscript%3E.atom",
				"/feeds/categories/.atom", "/feeds/categories/" + CATEGORY, "/feeds/nothing.atom");
		for (String path : paths) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("<script>");
		}
		// Tomcat turns away an encoded slash in any path before the application sees it.
		HttpResponse<String> encodedSlash = get("/feeds/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E.atom");
		assertThat(encodedSlash.statusCode()).isEqualTo(400);
		assertThat(encodedSlash.body()).doesNotContain("<script>");
	}

	private void assertShowsOnlyThePublic(Feed feed, Predicate<Item> filedHere) {
		Map<String, Entry> byLink = feed.getEntries()
			.stream()
			.collect(Collectors.toMap((entry) -> links(entry.getAlternateLinks()).get(0), Function.identity()));
		// A full feed stops at its fiftieth entry; older resources are rightly left out.
		Instant oldestShown = (feed.getEntries().size() == 50) ? feed.getEntries().get(49).getPublished().toInstant()
				: Instant.MIN;
		Instant now = this.clock.instant();
		for (Item item : DemoContent.resources()) {
			Resource resource = resource(item);
			String link = this.address.of("/resources/" + item.slug());
			if (!resource.isPublicAt(now) || !filedHere.test(item)) {
				assertThat(byLink).as(item.slug()).doesNotContainKey(link);
			}
			else if (!resource.getPublishedAt().isBefore(oldestShown)) {
				assertThat(byLink).as(item.slug()).containsKey(link);
				Entry entry = byLink.get(link);
				assertThat(entry.getTitle()).isEqualTo(resource.getTitle());
				assertThat(entry.getPublished()).isEqualTo(seconds(resource.getPublishedAt()));
				Instant updated = (resource.getUpdatedAt() != null
						&& resource.getUpdatedAt().isAfter(resource.getPublishedAt())) ? resource.getUpdatedAt()
								: resource.getPublishedAt();
				assertThat(entry.getUpdated()).as(item.slug()).isEqualTo(seconds(updated));
				assertThat(entry.getId()).isEqualTo("tag:localhost,2026:resource:" + resource.getId());
			}
		}
	}

	private Resource resource(Item item) {
		return this.catalogue.findResource(item.slug()).orElseThrow();
	}

	private static Date seconds(Instant instant) {
		return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private static Feed validFeed(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
		assertThat(AtomSchema.errors(response.body().getBytes(StandardCharsets.UTF_8))).as(response.uri().toString())
			.isEmpty();
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getAuthors()).isNotEmpty();
		return feed;
	}

	private static List<String> links(List<Link> links) {
		return links.stream().map(Link::getHref).toList();
	}

	private static Instant lastModified(HttpResponse<String> response) {
		return ZonedDateTime
			.parse(response.headers().firstValue("Last-Modified").orElseThrow(), DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
	}

	private long statements(String path) throws Exception {
		return StatementCount.fewest(this.entityManagerFactory,
				() -> assertThat(get(path).statusCode()).isEqualTo(200));
	}

	private HttpResponse<String> get(String path, String... headers) {
		return LocalHttp.get(this.port, path, headers);
	}

}
