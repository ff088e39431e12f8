package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.contacts.ContactCard;

/**
 * Which resources use a contact card: read for the card's page in the directory, and
 * before a card is deleted.
 */
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
	 * The resources of any status that name the card as a contact or as their source
	 * organisation, by title; each once.
	 */
	@Query("""
			select new uk.youthjustice.library.catalogue.ContactResourceRepository$Use(r.id, r.title, r.status)
			from Resource r
			where r.sourceOrganisation.id = :cardId
				or r.id in (select named.id from Resource named join named.contacts c where c.id = :cardId)
			order by lower(r.title), r.id
			""")
	List<Use> resourcesUsing(Long cardId, Limit limit);

	@Query("""
			select count(r) from Resource r
			where r.sourceOrganisation.id = :cardId
				or r.id in (select named.id from Resource named join named.contacts c where c.id = :cardId)
			""")
	long countResourcesUsing(Long cardId);

	/**
	 * A resource that uses a card, as the refusal to delete the card names it.
	 *
	 * @param id its id
	 * @param title its title
	 * @param status its workflow status
	 */
	record Use(Long id, String title, ResourceStatus status) {
	}

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
