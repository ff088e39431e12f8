package uk.youthjustice.library.accounts;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The password rules and the "type it twice" check for {@link SetPasswordForm}. */
@Component
class SetPasswordFormValidator implements Validator {

	private final PasswordPolicy policy;

	SetPasswordFormValidator(PasswordPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SetPasswordForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SetPasswordForm form = (SetPasswordForm) target;
		this.policy.problemWith(form.password())
			.ifPresentOrElse((problem) -> errors.rejectValue("password", problem), () -> {
				if (form.confirmPassword() == null || form.confirmPassword().isEmpty()) {
					errors.rejectValue("confirmPassword", "accounts.password.confirm.required");
				}
				else if (!form.password().equals(form.confirmPassword())) {
					errors.rejectValue("confirmPassword", "password.mismatch");
				}
			});
	}

}
