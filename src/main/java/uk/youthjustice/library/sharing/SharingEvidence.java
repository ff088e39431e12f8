package uk.youthjustice.library.sharing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.EvidenceClassification;

/** The evidence classifications, strongest first. */
interface SharingEvidence extends Repository<EvidenceClassification, Long> {

	List<EvidenceClassification> findAllByOrderByPositionAscNameAsc();

	Optional<EvidenceClassification> findById(Long id);

}
