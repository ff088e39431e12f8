package uk.youthjustice.library.editorial;

import java.util.Arrays;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.markdown.Links;

/**
 * The resource form's rules that Bean Validation cannot say on one field: age ranges,
 * cost details only with a cost, real dates, web addresses, a new contact card's
 * organisation and, for published resources, the change note.
 */
@Component
class ResourceFormValidator implements Validator {

	/** The oldest age the youth justice system deals with, and then some. */
	static final int OLDEST_AGE = 25;

	@Override
	public boolean supports(Class<?> type) {
		return ResourceForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ResourceForm form = (ResourceForm) target;
		Integer minimum = age(form.ageMinimum(), "ageMinimum", errors);
		Integer maximum = age(form.ageMaximum(), "ageMaximum", errors);
		if (minimum != null && maximum != null && maximum < minimum) {
			reject(errors, "ageMaximum", "editorial.age.maximum-below-minimum");
		}
		if (!isOneOf(form.sex(), Sex.values())) {
			reject(errors, "sex", "editorial.sex.invalid");
		}
		if (!isOneOf(form.cost(), CostKind.values())) {
			reject(errors, "cost", "editorial.cost.invalid");
		}
		else if (NewContactForm.hasText(form.costText()) && !CostKind.HAS_COST.name().equals(form.cost())) {
			reject(errors, "costText", "editorial.cost-text.without-cost");
		}
		if (NewContactForm.hasText(form.externalUrl()) && Links.webAddress(form.externalUrl()) == null) {
			reject(errors, "externalUrl", "editorial.external-url.invalid");
		}
		if (!form.reviewDue().isBlank() && form.reviewDue().toLocalDate().isEmpty()) {
			reject(errors, "reviewDue", "editorial.review-due.invalid");
		}
		if (form.newContact().isFilledIn() && !NewContactForm.hasText(form.newContact().organisation())) {
			reject(errors, "newContact.organisation", "editorial.new-contact.organisation.required");
		}
	}

	/**
	 * A change to a published resource takes either a public note or the editor's word
	 * that it is minor; not both, so that nobody wonders whether the note was published.
	 */
	void validateChangeNote(ResourceForm form, Errors errors) {
		boolean noted = NewContactForm.hasText(form.changeNote());
		if (!noted && !form.minorChange()) {
			reject(errors, "changeNote", "editorial.change-note.required");
		}
		else if (noted && form.minorChange()) {
			reject(errors, "changeNote", "editorial.change-note.and-minor");
		}
	}

	private static Integer age(String text, String field, Errors errors) {
		if (!NewContactForm.hasText(text)) {
			return null;
		}
		String digits = text.strip();
		if (!digits.matches("-?[0-9]{1,9}")) {
			reject(errors, field, "editorial." + field + ".not-a-number");
			return null;
		}
		int age = Integer.parseInt(digits);
		if (age < 0 || age > OLDEST_AGE) {
			reject(errors, field, "editorial." + field + ".out-of-range");
			return null;
		}
		return age;
	}

	private static boolean isOneOf(String value, Enum<?>[] values) {
		return value == null || Arrays.stream(values).anyMatch((candidate) -> candidate.name().equals(value));
	}

	// One message a field is enough: Bean Validation may have found a problem first.
	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

}
