package uk.youthjustice.library.feedback;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Both answers are needed and neither may be too long. Checked in the order of the form,
 * so the error summary lists problems in the order a reader meets the fields.
 */
@Component
class ProblemFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ProblemForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ProblemForm form = (ProblemForm) target;
		check(form.whatDoing(), "whatDoing", "feedback.what-doing", errors);
		check(form.whatWrong(), "whatWrong", "feedback.what-wrong", errors);
	}

	private static void check(String answer, String field, String messagePrefix, Errors errors) {
		if (answer.isEmpty()) {
			errors.rejectValue(field, messagePrefix + ".required");
		}
		else if (answer.length() > ProblemForm.MAX_LENGTH) {
			errors.rejectValue(field, messagePrefix + ".too-long");
		}
	}

}
