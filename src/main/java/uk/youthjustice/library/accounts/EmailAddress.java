package uk.youthjustice.library.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An email address as GOV.UK's pattern checks it: something, an @, and a domain with a
 * dot, no spaces. Empty and overlong values are left to {@code @NotBlank} and
 * {@code @Size}, so a field never shows two errors at once.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface EmailAddress {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the value. */
	class Check implements ConstraintValidator<EmailAddress, String> {

		private static final Pattern PLAUSIBLE = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || value.length() > 254) {
				return true;
			}
			return PLAUSIBLE.matcher(value.strip()).matches();
		}

	}

}
