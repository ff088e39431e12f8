package uk.youthjustice.library.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.ResourcePage.Change;
import uk.youthjustice.library.catalogue.ResourcePage.Link;
import uk.youthjustice.library.contacts.ContactCard;

/**
 * Resource pages: who may see which resource, and everything its page shows. A page takes
 * the same few queries however many topics, contacts, attachments or change notes the
 * resource has: one for the resource with its single-valued links and topics, one each
 * for its contacts, aims, steps, audience and change notes, and one each for its
 * attachments, what replaces it and related resources. Its one public method,
 * {@link #preview}, serves editors' previews in the publishing feature.
 */
@Service
@Transactional(readOnly = true)
public class ResourcePages {

	static final int RELATED_LIMIT = 5;

	/**
	 * Related resources are counted over thousands of topic links, the dearest query on
	 * the page, so the best candidates are kept a while; whether each may be shown is
	 * still checked on every request. A newly published neighbour appears within this
	 * time.
	 */
	static final Duration RELATED_KEPT_FOR = Duration.ofMinutes(5);

	private static final int RELATED_CANDIDATES = 2 * RELATED_LIMIT;

	private final Cache<String, List<String>> relatedCandidates = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(RELATED_KEPT_FOR)
		.build();

	/** As long as the slug column; a longer address cannot be a resource's. */
	static final int MAX_SLUG_LENGTH = 200;

	private final ResourceRepository resources;

	private final Attachments attachments;

	private final Clock clock;

	ResourcePages(ResourceRepository resources, Attachments attachments, Clock clock) {
		this.resources = resources;
		this.attachments = attachments;
		this.clock = clock;
	}

	/**
	 * The page of the resource at this address, if the viewer may see it: the public sees
	 * published resources, editors also archived ones.
	 */
	Optional<ResourcePage> find(String slug, boolean editor) {
		Instant now = this.clock.instant();
		return visible(slug, this.resources::findPageBySlug, now, editor)
			.map((resource) -> page(resource, now, resource.getPublishedAt()));
	}

	/**
	 * The page of any resource, whatever its status, as the public would see it if it
	 * were published now: for editors' previews. A resource never published shows the
	 * time it is scheduled for, or now, as its publication date.
	 */
	public Optional<ResourcePage> preview(Long id) {
		Instant now = this.clock.instant();
		return this.resources.findPageById(id).map((resource) -> page(resource, now, previewDate(resource, now)));
	}

	private static Instant previewDate(Resource resource, Instant now) {
		if (resource.getPublishedAt() != null) {
			return resource.getPublishedAt();
		}
		return (resource.getPublishAt() != null) ? resource.getPublishAt() : now;
	}

	/**
	 * The current address of a resource that used to be at this one, if the viewer may
	 * see it.
	 */
	Optional<String> currentSlug(String previousSlug, boolean editor) {
		return visible(previousSlug, this.resources::findByPreviousSlug, this.clock.instant(), editor)
			.map(Resource::getSlug);
	}

	/**
	 * The id of the resource at this address, if the viewer may see its page and it has
	 * files, for the zip of them all.
	 */
	Optional<Long> withAttachments(String slug, boolean editor) {
		return visible(slug, this.resources::findBySlug, this.clock.instant(), editor).map(Resource::getId)
			.filter((id) -> !this.attachments.forResource(id).isEmpty());
	}

	/**
	 * The resource a query finds for an address, if the viewer may see it. An address no
	 * slug could have is not looked up.
	 */
	private static Optional<Resource> visible(String slug, Function<String, Optional<Resource>> query, Instant now,
			boolean editor) {
		if (slug == null || slug.isEmpty() || slug.length() > MAX_SLUG_LENGTH
				|| slug.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		return query.apply(slug)
			.filter((resource) -> resource.isPublicAt(now)
					|| editor && resource.getStatus() == ResourceStatus.ARCHIVED);
	}

	private ResourcePage page(Resource resource, Instant now, Instant publishedAt) {
		List<ContactCard> cards = resource.getContacts();
		List<Attachment> files = this.attachments.forResource(resource.getId());
		List<Change> changes = resource.getChangeNotes()
			.stream()
			.filter((note) -> !note.getChangedAt().isAfter(now))
			.sorted(Comparator.comparing(ChangeNote::getChangedAt).reversed())
			.map((note) -> new Change(note.getChangedAt(), note.getNote()))
			.toList();
		Link replacedBy = this.resources.replacementsVisibleAt(resource.getId(), now, Limit.of(1))
			.stream()
			.findFirst()
			.orElse(null);
		List<Link> related = related(resource, cards, now);
		PageRevision revision = new PageRevision(resource).add(resource.getCategory())
			.add(resource.getEvidence())
			.add(resource.getSourceOrganisation())
			.add(resource.getReplaces())
			.add(replacedBy);
		resource.getTopics().forEach(revision::add);
		cards.forEach(revision::add);
		files.forEach(revision::add);
		related.forEach(revision::add);
		changes.forEach((change) -> revision.add(change.at(), "c"));
		return ResourcePage.of(resource, publishedAt, replaces(resource.getReplaces(), now), replacedBy, files, changes,
				related, revision);
	}

	/**
	 * Forgets the kept related resources, for tests that rebuild the library under it.
	 */
	void forgetRelated() {
		this.relatedCandidates.invalidateAll();
	}

	private List<Link> related(Resource resource, List<ContactCard> cards, Instant now) {
		List<Long> topicIds = resource.getTopics().stream().map(Topic::getId).toList();
		List<Long> contactIds = cards.stream().map(ContactCard::getId).distinct().toList();
		if (topicIds.isEmpty() && contactIds.isEmpty()) {
			return List.of();
		}
		List<String> slugs = this.relatedCandidates.get(resource.getSlug(), (slug) -> this.resources
			.relatedSlugsVisibleAt(resource.getId(), orNone(topicIds), orNone(contactIds), now, RELATED_CANDIDATES));
		if (slugs.isEmpty()) {
			return List.of();
		}
		Map<String, Link> links = this.resources.publicLinksTo(slugs, now)
			.stream()
			.collect(Collectors.toMap(Link::slug, Function.identity()));
		return slugs.stream().map(links::get).filter(Objects::nonNull).limit(RELATED_LIMIT).toList();
	}

	// An empty "in" list is not valid SQL everywhere; no row has id 0.
	private static List<Long> orNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(0L) : ids;
	}

	/**
	 * What a resource replaces: a link while the public can open it; once archived, only
	 * its title, as readers may know it by that name; nothing if it was never public.
	 */
	private static Link replaces(Resource earlier, Instant now) {
		if (earlier == null || !earlier.isPublicAt(now) && earlier.getStatus() != ResourceStatus.ARCHIVED) {
			return null;
		}
		return new Link(earlier.isPublicAt(now) ? earlier.getSlug() : null, earlier.getTitle(), earlier.getKind(),
				earlier.getPublishedAt(), earlier.getModifiedAt());
	}

}
