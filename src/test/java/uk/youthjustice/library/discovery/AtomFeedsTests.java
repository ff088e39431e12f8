package uk.youthjustice.library.discovery;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.youthjustice.library.catalogue.Publications;
import uk.youthjustice.library.catalogue.PublishedEntry;
import uk.youthjustice.library.catalogue.PublishedEntry.Term;
import uk.youthjustice.library.catalogue.PublishedList;
import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The Atom documents themselves, on fixed data: valid RFC 4287, and saying the right
 * things.
 */
class AtomFeedsTests {

	private static final String BASE = "https://library.example.org";

	private static final PublishedEntry REMAND = new PublishedEntry(7, "remand-guidance", "Remand to youth detention",
			"Who decides, and what happens next.", Instant.parse("2025-01-16T10:00:00Z"),
			Instant.parse("2025-06-10T10:00:00Z"), new Term("legislation-and-guidance", "Legislation and guidance"),
			List.of(new Term("looked-after-children", "Looked-after children"),
					new Term("resettlement", "Resettlement")));

	private static final PublishedEntry MENTORS = new PublishedEntry(12, "lived-experience-mentors",
			"Lived experience mentors", null, Instant.parse("2026-05-12T10:20:00Z"),
			Instant.parse("2026-05-12T10:20:00Z"), new Term("practice-examples", "Practice examples"), List.of());

	private final Publications publications = mock(Publications.class);

	private AtomFeeds feeds;

	@BeforeEach
	void setUp() {
		PublicAddress address = mock(PublicAddress.class);
		given(address.of(anyString())).willAnswer((call) -> BASE + call.getArgument(0));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/common", "i18n/discovery");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.feeds = new AtomFeeds(this.publications, new PublicLinks(address), messages);
	}

	@Test
	void theLibraryFeedIsValidAtomAndDescribesEachResource() throws Exception {
		given(this.publications.newest(50)).willReturn(List.of(MENTORS, REMAND));

		FeedDocument document = this.feeds.library();

		assertThat(AtomSchema.errors(document.xml())).isEmpty();
		Feed feed = parse(document);
		assertThat(feed.getId()).isEqualTo(BASE + "/feeds/library.atom");
		assertThat(feed.getTitle()).isEqualTo("Youth Justice Practice Library");
		assertThat(feed.getSubtitle().getValue()).startsWith("New practice examples, guidance and research");
		assertThat(feed.getUpdated()).isEqualTo(Date.from(MENTORS.updated()));
		assertThat(document.updated()).isEqualTo(MENTORS.updated());
		assertThat(hrefs(feed.getAlternateLinks(), "alternate")).containsExactly(BASE + "/");
		assertThat(hrefs(feed.getOtherLinks(), "self")).containsExactly(BASE + "/feeds/library.atom");
		assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Youth Justice Practice Library");
		assertThat(feed.getEntries()).extracting(Entry::getTitle)
			.containsExactly("Lived experience mentors", "Remand to youth detention");

		Entry remand = feed.getEntries().get(1);
		assertThat(remand.getId()).isEqualTo("tag:library.example.org,2026:resource:7");
		assertThat(hrefs(remand.getAlternateLinks(), "alternate")).containsExactly(BASE + "/resources/remand-guidance");
		assertThat(remand.getPublished()).isEqualTo(Date.from(Instant.parse("2025-01-16T10:00:00Z")));
		assertThat(remand.getUpdated()).isEqualTo(Date.from(Instant.parse("2025-06-10T10:00:00Z")));
		assertThat(remand.getSummary().getType()).isEqualTo("text");
		assertThat(remand.getSummary().getValue()).isEqualTo("Who decides, and what happens next.");
		assertThat(remand.getCategories()).extracting(Category::getTerm, Category::getLabel, Category::getScheme)
			.containsExactly(tuple("legislation-and-guidance", "Legislation and guidance", BASE + "/categories/"),
					tuple("looked-after-children", "Looked-after children", BASE + "/topics/"),
					tuple("resettlement", "Resettlement", BASE + "/topics/"));
		assertThat(feed.getEntries().get(0).getSummary()).isNull();
	}

	@Test
	void categoryAndTopicFeedsAreNamedAfterTheirCategoryOrTopic() throws Exception {
		given(this.publications.newestInCategory("practice-examples", 50))
			.willReturn(Optional.of(new PublishedList("practice-examples", "Practice examples", List.of(MENTORS))));
		given(this.publications.newestOnTopic("resettlement", 50))
			.willReturn(Optional.of(new PublishedList("resettlement", "Resettlement", List.of(REMAND))));

		Feed category = parse(this.feeds.category("practice-examples").orElseThrow());
		Feed topic = parse(this.feeds.topic("resettlement").orElseThrow());

		assertThat(category.getTitle()).isEqualTo("New in Practice examples – Youth Justice Practice Library");
		assertThat(category.getSubtitle().getValue()).isEqualTo("New resources published in Practice examples.");
		assertThat(category.getId()).isEqualTo(BASE + "/feeds/categories/practice-examples.atom");
		assertThat(hrefs(category.getAlternateLinks(), "alternate"))
			.containsExactly(BASE + "/categories/practice-examples");
		assertThat(hrefs(category.getOtherLinks(), "self"))
			.containsExactly(BASE + "/feeds/categories/practice-examples.atom");
		assertThat(topic.getTitle()).isEqualTo("New on Resettlement – Youth Justice Practice Library");
		assertThat(hrefs(topic.getAlternateLinks(), "alternate")).containsExactly(BASE + "/topics/resettlement");
		assertThat(hrefs(topic.getOtherLinks(), "self")).containsExactly(BASE + "/feeds/topics/resettlement.atom");
	}

	@Test
	void anUnknownCategoryOrTopicHasNoFeed() {
		given(this.publications.newestInCategory("nope", 50)).willReturn(Optional.empty());
		given(this.publications.newestOnTopic("nope", 50)).willReturn(Optional.empty());

		assertThat(this.feeds.category("nope")).isEmpty();
		assertThat(this.feeds.topic("nope")).isEmpty();
	}

	@Test
	void aFeedWithNothingInItIsValidAndDatedAtTheFixedEpoch() throws Exception {
		given(this.publications.newestInCategory("empty", 50))
			.willReturn(Optional.of(new PublishedList("empty", "Empty", List.of())));

		FeedDocument document = this.feeds.category("empty").orElseThrow();

		assertThat(AtomSchema.errors(document.xml())).isEmpty();
		assertThat(document.updated()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
		Feed feed = parse(document);
		assertThat(feed.getEntries()).isEmpty();
		assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.parse("2000-01-01T00:00:00Z")));
	}

	@Test
	void markupIsTextAndCharactersXmlCannotCarryAreDropped() throws Exception {
		PublishedEntry pasted = new PublishedEntry(3, "pasted", "Tom & Jerry <script>alert(1)</script>",
				"Copied\u0001 from \u000Ba document.", Instant.parse("2024-01-01T00:00:00Z"),
				Instant.parse("2024-01-01T00:00:00Z"), new Term("practice-examples", "Practice examples"), List.of());
		given(this.publications.newest(50)).willReturn(List.of(pasted));

		FeedDocument document = this.feeds.library();

		assertThat(AtomSchema.errors(document.xml())).isEmpty();
		assertThat(new String(document.xml(), StandardCharsets.UTF_8)).doesNotContain("<script>");
		Entry entry = parse(document).getEntries().get(0);
		assertThat(entry.getTitle()).isEqualTo("Tom & Jerry <script>alert(1)</script>");
		assertThat(entry.getSummary().getValue()).isEqualTo("Copied from a document.");
	}

	@Test
	void theSchemaRejectsAFeedWithoutAnId() {
		given(this.publications.newest(50)).willReturn(List.of(REMAND));
		String xml = new String(this.feeds.library().xml(), StandardCharsets.UTF_8);
		String withoutFeedId = xml.replaceFirst("<id>[^<]*</id>", "");

		assertThat(withoutFeedId).isNotEqualTo(xml);
		assertThat(AtomSchema.errors(withoutFeedId.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
	}

	@Test
	void theEntityTagIsWeakAndFollowsTheContent() {
		given(this.publications.newest(50)).willReturn(List.of(REMAND));
		String first = this.feeds.library().etag();
		String again = this.feeds.library().etag();
		given(this.publications.newest(50))
			.willReturn(List.of(new PublishedEntry(7, "remand-guidance", "Remand to youth detention accommodation",
					REMAND.summary(), REMAND.published(), REMAND.updated(), REMAND.category(), REMAND.topics())));
		String retitled = this.feeds.library().etag();

		assertThat(first).matches("W/\"[0-9a-f]{32}\"").isEqualTo(again).isNotEqualTo(retitled);
	}

	private static Feed parse(FeedDocument document) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(new String(document.xml(), StandardCharsets.UTF_8)));
	}

	private static List<String> hrefs(List<Link> links, String rel) {
		return links.stream().filter((link) -> rel.equals(link.getRel())).map(Link::getHref).toList();
	}

}
