package uk.youthjustice.library.editorial;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.system.Choice;

/** Categories, topics and evidence labels as the resource form offers them. */
interface EditorialTaxonomy extends Repository<Category, Long> {

	@Query("""
			select new uk.youthjustice.library.system.Choice(cast(c.id as String), c.name)
			from Category c order by c.position, c.name
			""")
	List<Choice> categoryChoices();

	@Query("""
			select new uk.youthjustice.library.system.Choice(cast(t.id as String), t.name)
			from Topic t order by t.name
			""")
	List<Choice> topicChoices();

	@Query("""
			select new uk.youthjustice.library.system.Choice(cast(e.id as String), e.name)
			from EvidenceClassification e order by e.position, e.name
			""")
	List<Choice> evidenceChoices();

	@Query("select c from Category c where c.id = :id")
	Optional<Category> findCategory(Long id);

	@Query("select t from Topic t where t.id in :ids order by t.name")
	List<Topic> findTopics(Collection<Long> ids);

	@Query("select e from EvidenceClassification e where e.id = :id")
	Optional<EvidenceClassification> findEvidence(Long id);

}
