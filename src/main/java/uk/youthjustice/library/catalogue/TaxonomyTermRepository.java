package uk.youthjustice.library.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What the admin pages ask of every vocabulary's repository. */
@NoRepositoryBean
interface TaxonomyTermRepository<T extends TaxonomyTerm> extends JpaRepository<T, Long> {

	boolean existsBySlug(String slug);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

}
