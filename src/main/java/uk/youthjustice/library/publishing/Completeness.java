package uk.youthjustice.library.publishing;

import java.util.ArrayList;
import java.util.List;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;

/**
 * What each kind of resource must have before the public may see it. A practice example
 * is only useful to another service with its aims, how it was done, whom to ask and how
 * strong the evidence is; a guidance document needs its publisher and somewhere to read
 * it.
 */
final class Completeness {

	/** Further back than any real chain of editions goes; it stops a corrupt one. */
	private static final int MAX_EDITIONS = 100;

	private Completeness() {
	}

	/**
	 * What the resource still lacks, in the order of the edit form; empty when it may be
	 * published.
	 * @param hasAttachments whether any file is attached to it
	 */
	static List<Requirement> missing(Resource resource, boolean hasAttachments) {
		List<Requirement> missing = new ArrayList<>();
		require(missing, hasText(resource.getTitle()), Requirement.TITLE);
		require(missing, hasText(resource.getSummary()), Requirement.SUMMARY);
		require(missing, hasText(resource.getDescription()), Requirement.DESCRIPTION);
		require(missing, resource.getCategory() != null, Requirement.CATEGORY);
		if (resource.getKind() == ResourceKind.PRACTICE_EXAMPLE) {
			require(missing, anyText(resource.getAims()), Requirement.AIM);
			require(missing, anyText(resource.getImplementationSteps()), Requirement.IMPLEMENTATION_STEP);
			require(missing, !resource.getContacts().isEmpty(), Requirement.CONTACT);
			require(missing, resource.getEvidence() != null, Requirement.EVIDENCE);
		}
		else {
			require(missing, hasText(resource.getPublisher()), Requirement.PUBLISHER);
			require(missing, hasText(resource.getExternalUrl()) || hasAttachments, Requirement.LINK_OR_ATTACHMENT);
		}
		require(missing, !replacesItself(resource), Requirement.REPLACES_EARLIER_EDITION);
		return List.copyOf(missing);
	}

	/** Whether following "replaces" from the resource leads back to it. */
	private static boolean replacesItself(Resource resource) {
		Resource earlier = resource.getReplaces();
		for (int step = 0; earlier != null && step < MAX_EDITIONS; step++) {
			if (earlier == resource || earlier.getId() != null && earlier.getId().equals(resource.getId())) {
				return true;
			}
			earlier = earlier.getReplaces();
		}
		return false;
	}

	private static void require(List<Requirement> missing, boolean met, Requirement requirement) {
		if (!met) {
			missing.add(requirement);
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static boolean anyText(List<String> values) {
		return values.stream().anyMatch(Completeness::hasText);
	}

}
