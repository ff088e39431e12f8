package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

interface TopicRepository extends TaxonomyTermRepository<Topic> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findAllByOrderByName();

}
