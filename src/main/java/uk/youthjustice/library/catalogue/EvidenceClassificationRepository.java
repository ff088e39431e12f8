package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceClassificationRepository extends JpaRepository<EvidenceClassification, Long> {

	Optional<EvidenceClassification> findBySlug(String slug);

	List<EvidenceClassification> findAllByOrderByPositionAscNameAsc();

}
