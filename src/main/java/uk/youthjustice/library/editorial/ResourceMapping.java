package uk.youthjustice.library.editorial;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.system.AddAnother;
import uk.youthjustice.library.system.DateInput;

/**
 * Between a resource and its form. Each kind's form writes only its own fields, so a
 * guidance document keeps an age range it was imported with, and so on.
 */
final class ResourceMapping {

	private ResourceMapping() {
	}

	/** The form filled in from a saved resource. */
	static ResourceForm toForm(Resource resource) {
		AgeRange age = resource.getAgeRange();
		return new ResourceForm(resource.getTitle(), orEmpty(resource.getSummary()), orEmpty(resource.getDescription()),
				id(resource.getCategory().getId()),
				resource.getTopics().stream().map((topic) -> id(topic.getId())).toList(),
				(resource.getEvidence() != null) ? id(resource.getEvidence().getId()) : "",
				(age.minimum() != null) ? age.minimum().toString() : "",
				(age.maximum() != null) ? age.maximum().toString() : "", resource.getSex().name(),
				resource.getCostKind().name(), orEmpty(resource.getCostText()), resource.getAims(),
				resource.getImplementationSteps(), resource.getAudience(),
				resource.getContacts().stream().map((card) -> id(card.getId())).toList(), "", NewContactForm.EMPTY,
				(resource.getSourceOrganisation() != null) ? id(resource.getSourceOrganisation().getId()) : "",
				orEmpty(resource.getPublisher()), orEmpty(resource.getExternalUrl()),
				(resource.getReplaces() != null) ? resource.getReplaces().getSlug() : "",
				DateInput.of(resource.getReviewDueOn()), "", false, resource.getVersion());
	}

	/**
	 * Writes a checked form into a resource. The form's rules must have passed
	 * ({@link ResourceFormValidator}) and its ids been looked up into {@code references}.
	 */
	static void apply(ResourceForm form, References references, Resource resource) {
		resource.setTitle(form.title().strip());
		resource.setSummary(text(form.summary()));
		resource.setDescription(NewContactForm.hasText(form.description()) ? form.description() : null);
		resource.setCategory(references.category());
		replace(resource.getTopics(), references.topics());
		replace(resource.getContacts(), references.contacts());
		resource.setReplaces(references.replaces());
		resource.setReviewDueOn(form.reviewDue().toLocalDate().orElse(null));
		if (resource.getKind() == ResourceKind.PRACTICE_EXAMPLE) {
			applyPractice(form, references, resource);
		}
		else {
			resource.setPublisher(text(form.publisher()));
			resource.setExternalUrl(text(form.externalUrl()));
			replace(resource.getAudience(), AddAnother.kept(form.audience()));
		}
	}

	private static void applyPractice(ResourceForm form, References references, Resource resource) {
		resource.setEvidence(references.evidence());
		resource.setAgeRange(new AgeRange(age(form.ageMinimum()), age(form.ageMaximum())));
		resource.setSex(NewContactForm.hasText(form.sex()) ? Sex.valueOf(form.sex().strip()) : Sex.NOT_APPLICABLE);
		CostKind cost = NewContactForm.hasText(form.cost()) ? CostKind.valueOf(form.cost().strip())
				: CostKind.NOT_STATED;
		resource.setCostKind(cost);
		resource.setCostText((cost == CostKind.HAS_COST) ? text(form.costText()) : null);
		replace(resource.getAims(), AddAnother.kept(form.aims()));
		replace(resource.getImplementationSteps(), AddAnother.kept(form.steps()));
		resource.setSourceOrganisation(references.sourceOrganisation());
	}

	/** The age typed, or null when the box is empty. */
	static Integer age(String text) {
		return NewContactForm.hasText(text) ? Integer.valueOf(text.strip()) : null;
	}

	/** Text as stored: stripped, and null rather than empty. */
	static String text(String text) {
		return NewContactForm.hasText(text) ? text.strip() : null;
	}

	// Only changed when it differs, so that saving an unchanged list leaves the
	// collection, and the resource's version, alone.
	private static <T> void replace(Collection<T> target, List<T> values) {
		if (!new ArrayList<>(target).equals(values)) {
			target.clear();
			target.addAll(values);
		}
	}

	private static String id(Long id) {
		return String.valueOf(id);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
