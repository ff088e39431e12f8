package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends TaxonomyTermRepository<Category> {

	Optional<Category> findBySlug(String slug);

	/**
	 * Every category with the number of resources the public can see in it at
	 * {@code now}.
	 */
	@Query("""
			select new uk.youthjustice.library.catalogue.CategorySummary(c.slug, c.name, c.description, count(r))
			from Category c
			left join Resource r on r.category = c
				and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED
				and r.publishedAt <= :now
			group by c.id, c.slug, c.name, c.description, c.position
			order by c.position, c.name
			""")
	List<CategorySummary> summariesVisibleAt(Instant now);

}
