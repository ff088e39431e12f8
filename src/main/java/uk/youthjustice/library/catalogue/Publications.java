package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.PublicationRepository.EntryRow;
import uk.youthjustice.library.catalogue.PublicationRepository.TopicRow;
import uk.youthjustice.library.catalogue.PublishedEntry.Term;

/**
 * What the catalogue has published, for feeds and the sitemap: public resources only
 * (published, and published at or before now). A feed costs two queries however many
 * entries it has.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

	private final PublicationRepository publications;

	private final CategoryRepository categories;

	private final TopicRepository topics;

	private final Clock clock;

	Publications(PublicationRepository publications, CategoryRepository categories, TopicRepository topics,
			Clock clock) {
		this.publications = publications;
		this.categories = categories;
		this.topics = topics;
		this.clock = clock;
	}

	/** The newest public resources of the whole library, newest first. */
	public List<PublishedEntry> newest(int limit) {
		return withTopics(this.publications.newest(this.clock.instant(), Limit.of(limit)));
	}

	/**
	 * The newest public resources of a category, or nothing when no category has that
	 * slug.
	 */
	public Optional<PublishedList> newestInCategory(String slug, int limit) {
		List<PublishedEntry> entries = withTopics(
				this.publications.newestInCategory(slug, this.clock.instant(), Limit.of(limit)));
		if (!entries.isEmpty()) {
			// The rows name their category: no need to look it up.
			return Optional.of(new PublishedList(slug, entries.get(0).category().name(), entries));
		}
		return this.categories.findBySlug(slug)
			.map((category) -> new PublishedList(category.getSlug(), category.getName(), List.of()));
	}

	/**
	 * The newest public resources on a topic, or nothing when no topic has that slug.
	 */
	public Optional<PublishedList> newestOnTopic(String slug, int limit) {
		List<PublishedEntry> entries = withTopics(
				this.publications.newestOnTopic(slug, this.clock.instant(), Limit.of(limit)));
		// Each entry lists this topic among its own: no need to look it up.
		Optional<String> name = entries.stream()
			.flatMap((entry) -> entry.topics().stream())
			.filter((topic) -> topic.slug().equals(slug))
			.map(Term::name)
			.findFirst();
		if (name.isPresent()) {
			return Optional.of(new PublishedList(slug, name.get(), entries));
		}
		return this.topics.findBySlug(slug)
			.map((topic) -> new PublishedList(topic.getSlug(), topic.getName(), List.of()));
	}

	/** Every category, topic and public resource. */
	public PublishedIndex index() {
		List<PublishedIndex.Page> resources = this.publications.allPublic(this.clock.instant())
			.stream()
			.map((row) -> new PublishedIndex.Page(row.getSlug(), latest(row.getPublishedAt(), row.getUpdatedAt())))
			.toList();
		return new PublishedIndex(this.publications.categorySlugs(), this.publications.topicSlugs(), resources);
	}

	private List<PublishedEntry> withTopics(List<EntryRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Term>> topicsById = this.publications.topicsOf(rows.stream().map(EntryRow::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TopicRow::getResourceId,
					Collectors.mapping((row) -> new Term(row.getSlug(), row.getName()), Collectors.toList())));
		return rows.stream()
			.map((row) -> new PublishedEntry(row.getId(), row.getSlug(), row.getTitle(), row.getSummary(),
					row.getPublishedAt(), latest(row.getPublishedAt(), row.getUpdatedAt()),
					new Term(row.getCategorySlug(), row.getCategoryName()),
					topicsById.getOrDefault(row.getId(), List.of())))
			.toList();
	}

	private static Instant latest(Instant published, Instant updated) {
		return (updated != null && updated.isAfter(published)) ? updated : published;
	}

}
