package uk.youthjustice.library.accounts;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The password rules and the "type it twice" check for {@link SetupForm}. */
@Component
class SetupFormValidator implements Validator {

	private final PasswordPolicy policy;

	SetupFormValidator(PasswordPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SetupForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SetupForm form = (SetupForm) target;
		this.policy.problemWith(form.password())
			.ifPresentOrElse((problem) -> errors.rejectValue("password", problem), () -> {
				if (!form.password().equals(form.confirmPassword())) {
					errors.rejectValue("confirmPassword", "password.mismatch");
				}
			});
	}

}
