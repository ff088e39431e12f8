package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.PublicationRepository.TopicRow;
import uk.youthjustice.library.catalogue.ResourceListings.ListingScope;
import uk.youthjustice.library.catalogue.ResourcePage.Term;

/**
 * The catalogue's public content for the open data API: the same rules as the public
 * pages (published, and published at or before now), the same listing query and filters
 * as the category pages, and each resource’s page as its public page shows it.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

	private final ResourceListings listings;

	private final ResourcePages pages;

	private final PublicationRepository publications;

	private final OpenDataRepository terms;

	private final CategoryRepository categories;

	private final Clock clock;

	OpenData(ResourceListings listings, ResourcePages pages, PublicationRepository publications,
			OpenDataRepository terms, CategoryRepository categories, Clock clock) {
		this.listings = listings;
		this.pages = pages;
		this.publications = publications;
		this.terms = terms;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * One page of the public resources a query finds, in the whole library or in one
	 * category. The query’s filters must already be known values: unknown slugs match
	 * nothing here.
	 * @param categorySlug a category, or {@code null} for the whole library
	 * @param query the filters, order and page (from 1)
	 * @param size how many resources a page holds
	 */
	public ResourceResults resources(String categorySlug, ListingQuery query, int size) {
		Instant now = this.clock.instant();
		ListingScope scope = (categorySlug != null) ? ListingScope.category(categorySlug) : ListingScope.LIBRARY;
		long total = this.listings.count(scope, query, now);
		long offset = (long) (query.page() - 1) * size;
		if (offset >= total) {
			return new ResourceResults(total, List.of());
		}
		List<ListedResource> rows = this.listings.openRows(scope, query, now, (int) offset, size);
		Map<Long, List<Term>> topics = this.publications.topicsOf(rows.stream().map(ListedResource::id).toList())
			.stream()
			.collect(Collectors.groupingBy(TopicRow::getResourceId,
					Collectors.mapping((row) -> new Term(row.getSlug(), row.getName()), Collectors.toList())));
		return new ResourceResults(total,
				rows.stream().map((row) -> row.withTopics(topics.getOrDefault(row.id(), List.of()))).toList());
	}

	/**
	 * A public resource as its page shows it, or nothing when the public cannot see it.
	 */
	public Optional<ResourcePage> resource(String slug) {
		return this.pages.find(slug, false);
	}

	/**
	 * The current address of the public resource that used to be at this one, as the
	 * resource page redirects to it.
	 */
	public Optional<String> currentSlug(String previousSlug) {
		return this.pages.currentSlug(previousSlug, false);
	}

	/**
	 * Every category, with how many public resources it holds: the home page's count.
	 */
	public List<TermCount> categories() {
		return this.categories.summariesVisibleAt(this.clock.instant())
			.stream()
			.map((c) -> new TermCount(c.slug(), c.name(), c.description(), c.resourceCount()))
			.toList();
	}

	/** Every topic, with how many public resources it is on. */
	public List<TermCount> topics() {
		return this.terms.topicsVisibleAt(this.clock.instant());
	}

	/** Every evidence label, with how many public resources carry it. */
	public List<TermCount> evidence() {
		return this.terms.evidenceVisibleAt(this.clock.instant());
	}

	/**
	 * A page of public resources.
	 *
	 * @param total how many public resources match the query on all pages
	 * @param resources this page’s resources; empty past the last page
	 */
	public record ResourceResults(long total, List<ListedResource> resources) {
	}

	/**
	 * A category, topic or evidence label with how many public resources it has.
	 *
	 * @param slug its address
	 * @param name its name
	 * @param description one sentence about it, or {@code null}
	 * @param resourceCount how many public resources it has
	 */
	public record TermCount(String slug, String name, String description, long resourceCount) {
	}

}
