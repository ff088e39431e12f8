package uk.youthjustice.library.catalogue;

import java.time.Instant;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.catalogue.ResourcePage.Link;
import uk.youthjustice.library.contacts.ContactCard;

/**
 * When what a page shows last changed, and a short identity of each thing on it, gathered
 * while the page is assembled so that its Last-Modified and ETag change whenever the page
 * would.
 * <p>
 * The resource's own {@code modified_at} covers its fields and collections. Rows shown
 * from elsewhere (category, topics, contacts, attachments, related and replacing
 * resources) bring their own timestamps, and a resource's publication time counts as it
 * appears at that moment. Timestamps alone miss a row leaving the page (a related
 * resource archived, an attachment removed), which is why the identity lists every row's
 * id and version: the ETag, a hash of it, changes then too.
 */
final class PageRevision {

	private final StringBuilder identity = new StringBuilder();

	private Instant lastModified = Instant.EPOCH;

	PageRevision(Resource resource) {
		add(resource.getModifiedAt(), "r" + resource.getId() + ":" + resource.getVersion());
		add(resource.getPublishedAt(), resource.getStatus().name());
	}

	PageRevision add(TaxonomyTerm term) {
		return (term != null) ? add(term.getUpdatedAt(), "t" + term.getId() + ":" + term.getVersion()) : this;
	}

	PageRevision add(ContactCard card) {
		return (card != null) ? add(card.getUpdatedAt(), "k" + card.getId() + ":" + card.getVersion()) : this;
	}

	PageRevision add(Attachment file) {
		return add(file.getUpdatedAt(), "a" + file.getId() + ":" + file.getVersion());
	}

	PageRevision add(Resource other) {
		return (other != null) ? add(other.getModifiedAt(), "r" + other.getId() + ":" + other.getVersion()) : this;
	}

	PageRevision add(Link link) {
		if (link == null) {
			return this;
		}
		add(link.publishedAt(), "p");
		return add(link.modifiedAt(), "l" + link.slug());
	}

	PageRevision add(Instant at, String id) {
		this.identity.append(id).append(';');
		if (at != null && at.isAfter(this.lastModified)) {
			this.lastModified = at;
		}
		return this;
	}

	Instant lastModified() {
		return this.lastModified;
	}

	String identity() {
		return this.identity.toString();
	}

}
