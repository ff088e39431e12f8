package uk.youthjustice.library.sharing;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A draft needs a category; the evidence classification may wait. Either must be one the
 * library has: anything else was not sent by the form, or names one deleted since.
 */
@Component
class DraftFormValidator implements Validator {

	private final Submissions submissions;

	DraftFormValidator(Submissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DraftForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DraftForm form = (DraftForm) target;
		Submissions.Options options = this.submissions.options();
		if (!options.hasCategory(form.category())) {
			errors.rejectValue("category", "sharing.draft.category.required");
		}
		if (!form.evidence().isEmpty() && !options.hasEvidence(form.evidence())) {
			errors.rejectValue("evidence", "sharing.draft.evidence.unknown");
		}
	}

}
