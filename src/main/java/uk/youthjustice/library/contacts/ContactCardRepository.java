package uk.youthjustice.library.contacts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ContactCardRepository extends JpaRepository<ContactCard, Long>, JpaSpecificationExecutor<ContactCard> {

	Optional<ContactCard> findBySlug(String slug);

	Optional<ContactCard> findFirstByEmailIgnoreCase(String email);

	/** Every region a card names, as written, with null for cards that name none. */
	@Query("select distinct c.region from ContactCard c")
	List<String> findDistinctRegions();

	/** The cards in a region, ignoring case and surrounding spaces. */
	@Query("select c from ContactCard c where lower(trim(c.region)) = lower(:region)")
	List<ContactCard> findInRegion(String region);

	@Query("select c from ContactCard c where c.region is null or trim(c.region) = ''")
	List<ContactCard> findWithoutRegion();

	@Query("select c.slug from ContactCard c order by c.slug")
	List<String> findAllSlugs();

	boolean existsBySlug(String slug);

	Optional<ContactCard> findFirstByEmailIgnoreCaseAndIdNot(String email, Long id);

	Optional<ContactCard> findFirstByOrganisationIgnoreCaseAndPersonNameIgnoreCaseOrderById(String organisation,
			String personName);

	Optional<ContactCard> findFirstByOrganisationIgnoreCaseAndPersonNameIsNullOrderById(String organisation);

}
