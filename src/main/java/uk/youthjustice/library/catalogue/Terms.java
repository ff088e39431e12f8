package uk.youthjustice.library.catalogue;

import java.util.List;

/**
 * The catalogue's three lists of terms.
 *
 * @param categories categories, in the editors' order
 * @param topics topics, by name
 * @param evidence evidence labels, in the editors' order
 */
public record Terms(List<Category> categories, List<Topic> topics, List<EvidenceClassification> evidence) {
}
