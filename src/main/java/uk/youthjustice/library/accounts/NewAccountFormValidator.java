package uk.youthjustice.library.accounts;

import java.util.Arrays;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks what Bean Validation cannot: the roles exist and the email address is free. */
@Component
class NewAccountFormValidator implements Validator {

	private final UserAdministration administration;

	NewAccountFormValidator(UserAdministration administration) {
		this.administration = administration;
	}

	@Override
	public boolean supports(Class<?> type) {
		return NewAccountForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		NewAccountForm form = (NewAccountForm) target;
		if (form.roles() != null && !form.roles().stream().allMatch(NewAccountFormValidator::isRole)) {
			errors.rejectValue("roles", "accounts.new-user.roles.unknown");
		}
		if (!errors.hasFieldErrors("email") && this.administration.isEmailTaken(form.email())) {
			errors.rejectValue("email", "accounts.new-user.email.taken");
		}
	}

	private static boolean isRole(String name) {
		return Arrays.stream(Role.values()).anyMatch((role) -> role.name().equals(name));
	}

}
