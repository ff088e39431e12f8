package uk.youthjustice.library.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

import uk.youthjustice.library.catalogue.ListingPage.ListedBy;
import uk.youthjustice.library.catalogue.Publications;
import uk.youthjustice.library.catalogue.PublishedEntry;
import uk.youthjustice.library.catalogue.PublishedList;

/**
 * Atom 1.0 feeds (RFC 4287) of the newest public resources: the whole library's, and one
 * per category and per topic.
 */
@Service
class AtomFeeds {

	static final int SIZE = 50;

	/**
	 * When a feed with no entries was last updated. Not the Unix epoch: Spring reads a
	 * zero time as "unknown" and would send no Last-Modified.
	 */
	static final Instant EMPTY_FEED_UPDATED = Instant.parse("2000-01-01T00:00:00Z");

	private static final Locale LOCALE = Locale.UK;

	private static final String ATOM = "application/atom+xml";

	// Characters XML 1.0 cannot carry, even escaped; pasted text sometimes has them.
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final Publications publications;

	private final PublicLinks links;

	private final MessageSource messages;

	AtomFeeds(Publications publications, PublicLinks links, MessageSource messages) {
		this.publications = publications;
		this.links = links;
		this.messages = messages;
	}

	FeedDocument library() {
		return document(
				new Heading(this.links.of(PublicLinks.LIBRARY_FEED), this.links.of("/"),
						text("discovery.feed.library.title"), text("discovery.feed.library.subtitle")),
				this.publications.newest(SIZE));
	}

	Optional<FeedDocument> category(String slug) {
		return this.publications.newestInCategory(slug, SIZE).map((list) -> listing(ListedBy.CATEGORY, list));
	}

	Optional<FeedDocument> topic(String slug) {
		return this.publications.newestOnTopic(slug, SIZE).map((list) -> listing(ListedBy.TOPIC, list));
	}

	private FeedDocument listing(ListedBy kind, PublishedList list) {
		String key = "discovery.feed." + kind.name().toLowerCase(Locale.ROOT);
		return document(new Heading(this.links.feed(kind, list.slug()), this.links.listing(kind, list.slug()),
				text(key + ".title", list.name()), text(key + ".subtitle", list.name())), list.entries());
	}

	private FeedDocument document(Heading heading, List<PublishedEntry> entries) {
		Instant updated = entries.stream()
			.map(PublishedEntry::updated)
			.max(Comparator.naturalOrder())
			.orElse(EMPTY_FEED_UPDATED);
		Feed feed = new Feed("atom_1.0");
		feed.setEncoding(StandardCharsets.UTF_8.name());
		feed.setId(heading.self());
		feed.setTitleEx(plain(heading.title()));
		feed.setSubtitle(plain(heading.subtitle()));
		feed.setUpdated(Date.from(updated));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", heading.alternate())));
		feed.setOtherLinks(List.of(link("self", ATOM, heading.self())));
		Person author = new Person();
		author.setName(text("service.name"));
		feed.setAuthors(List.of(author));
		feed.setEntries(entries.stream().map(this::entry).toList());
		byte[] xml = write(feed);
		return new FeedDocument(xml, updated, "W/\"" + DigestUtils.md5DigestAsHex(xml) + "\"");
	}

	private Entry entry(PublishedEntry published) {
		Entry entry = new Entry();
		entry.setId(this.links.resourceTag(published.id()));
		entry.setTitleEx(plain(published.title()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", this.links.resource(published.slug()))));
		entry.setPublished(Date.from(published.published()));
		entry.setUpdated(Date.from(published.updated()));
		if (published.summary() != null && !published.summary().isBlank()) {
			entry.setSummary(plain(published.summary()));
		}
		List<Category> categories = new ArrayList<>();
		categories.add(category(ListedBy.CATEGORY, published.category()));
		published.topics().forEach((topic) -> categories.add(category(ListedBy.TOPIC, topic)));
		entry.setCategories(categories);
		return entry;
	}

	// The term is the slug, a token for machines; the label is the name people read, and
	// the scheme says whether it is a category or a topic.
	private Category category(ListedBy kind, PublishedEntry.Term term) {
		Category category = new Category();
		category.setTerm(clean(term.slug()));
		category.setScheme(this.links.listing(kind, ""));
		category.setLabel(clean(term.name()));
		return category;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Content plain(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(clean(value));
		return content;
	}

	private static String clean(String value) {
		return NOT_XML.matcher(value).replaceAll("");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LOCALE);
	}

	private static byte[] write(Feed feed) {
		try {
			return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + feed.getId(), ex);
		}
	}

	/** What tells one feed from another. */
	private record Heading(String self, String alternate, String title, String subtitle) {
	}

}
