package uk.youthjustice.library.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.contacts.ContactCard;

/** Contact cards nobody has verified since a date, or ever. */
interface StaleContacts extends Repository<ContactCard, Long> {

	/** Never-verified cards first, then the longest unverified. */
	@Query("select new uk.youthjustice.library.dashboard.ContactRow(c.id, c.organisation, c.personName,"
			+ " c.lastVerifiedOn) from ContactCard c where c.lastVerifiedOn is null or c.lastVerifiedOn < :cutoff"
			+ " order by c.lastVerifiedOn asc nulls first, c.organisation asc, c.id asc")
	List<ContactRow> notVerifiedSince(LocalDate cutoff, Limit limit);

	@Query("select count(c) from ContactCard c where c.lastVerifiedOn is null or c.lastVerifiedOn < :cutoff")
	long countNotVerifiedSince(LocalDate cutoff);

}
