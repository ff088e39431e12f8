package uk.youthjustice.library.discovery;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.contacts.ContactCard;

/**
 * The contact directory's pages, for the sitemap. The contacts module's service has no
 * list of cards yet; when it has, the sitemap should ask it instead.
 */
interface ContactAddresses extends Repository<ContactCard, Long> {

	@Query("select c.slug from ContactCard c order by c.slug")
	List<String> slugs();

}
