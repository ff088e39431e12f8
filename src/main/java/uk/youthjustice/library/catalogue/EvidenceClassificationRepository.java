package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

interface EvidenceClassificationRepository extends TaxonomyTermRepository<EvidenceClassification> {

	Optional<EvidenceClassification> findBySlug(String slug);

	List<EvidenceClassification> findAllByOrderByPositionAscNameAsc();

}
