package uk.youthjustice.library.editorial;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.contacts.ContactCard;

/** Contact cards as the resource form offers them. */
interface EditorialContacts extends Repository<ContactCard, Long> {

	/**
	 * Every card, by organisation and person: a few hundred short rows, read as records
	 * so that a library of 500 cards costs one query and no entities.
	 */
	@Query("""
			select new uk.youthjustice.library.editorial.ContactOption(c.id, c.organisation, c.personName, c.role,
				c.region)
			from ContactCard c
			order by lower(c.organisation), lower(c.personName), c.id
			""")
	List<ContactOption> options();

	@Query("select c from ContactCard c where c.id in :ids")
	List<ContactCard> findAllById(Collection<Long> ids);

}
