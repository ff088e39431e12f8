package uk.youthjustice.library.catalogue;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules for a category, topic or evidence label that need no database. Checked in the
 * order of the form, so the error summary lists problems in the order an editor meets the
 * fields (Bean Validation reports them in no fixed order). Whether the name is free is
 * the controller's to ask {@link TaxonomyAdmin}.
 */
@Component
class TermFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return TermForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		TermForm form = (TermForm) target;
		if (form.name().isEmpty()) {
			errors.rejectValue("name", "taxonomy-admin.name.required");
		}
		else if (form.name().length() > TermForm.NAME_MAX) {
			errors.rejectValue("name", "taxonomy-admin.name.too-long");
		}
		if (form.description().length() > TermForm.DESCRIPTION_MAX) {
			errors.rejectValue("description", "taxonomy-admin.description.too-long");
		}
		if (form.position() != null && form.position().isEmpty()) {
			errors.rejectValue("position", "taxonomy-admin.position.required");
		}
		else if (form.position() != null && form.positionNumber() == null) {
			errors.rejectValue("position", "taxonomy-admin.position.invalid");
		}
	}

}
