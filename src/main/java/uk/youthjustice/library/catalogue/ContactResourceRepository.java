package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.contacts.ContactCard;

/** Which resources use a contact card: read for the card's page in the directory. */
interface ContactResourceRepository extends Repository<Resource, Long> {

	/**
	 * The resources public at the given moment that name the card as a contact or as
	 * their source organisation, newest first; one query, each resource once.
	 */
	@Query("""
			select new uk.youthjustice.library.catalogue.ContactResourceRepository$Row(r.slug, r.title, r.kind, r.summary)
			from Resource r
			where r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED and r.publishedAt <= :now
			and (r.sourceOrganisation = :card or :card member of r.contacts)
			order by r.publishedAt desc, r.title
			""")
	List<Row> publicResourcesFor(ContactCard card, Instant now);

	/**
	 * A resource as the card's page lists it.
	 *
	 * @param slug its address
	 * @param title its title
	 * @param kind its type
	 * @param summary one or two sentences, or {@code null}
	 */
	record Row(String slug, String title, ResourceKind kind, String summary) {
	}

}
