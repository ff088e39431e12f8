package uk.youthjustice.library.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.youthjustice.library.markdown.Links;
import uk.youthjustice.library.system.DateInput;

/**
 * The rules for a contact card, checked in the order of the form so the error summary
 * lists problems in the order an editor meets the fields (Bean Validation reports them in
 * no fixed order). Whether another card has the email address is the controller's to ask
 * {@link ContactAdmin}.
 */
@Component
class ContactFormValidator implements Validator {

	/** Digits, spaces, a plus and brackets, with at least one digit. */
	private static final Pattern TELEPHONE = Pattern.compile("(?=.*\\d)[0-9 +()]+");

	/**
	 * An address with a dot in its domain, as GOV.UK asks for: "name@example" is more
	 * often a typing mistake than a real address.
	 */
	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

	private final ContactCardRepository cards;

	private final Clock clock;

	ContactFormValidator(ContactCardRepository cards, Clock clock) {
		this.cards = cards;
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ContactForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ContactForm form = (ContactForm) target;
		if (form.organisation().isEmpty()) {
			errors.rejectValue("organisation", "contacts-admin.organisation.required");
		}
		tooLong(form.organisation(), ContactForm.ORGANISATION_MAX, "organisation", errors);
		tooLong(form.personName(), ContactForm.PERSON_NAME_MAX, "personName", errors);
		tooLong(form.role(), ContactForm.ROLE_MAX, "role", errors);
		if (!tooLong(form.telephone(), ContactForm.TELEPHONE_MAX, "telephone", errors) && !form.telephone().isEmpty()
				&& !TELEPHONE.matcher(form.telephone()).matches()) {
			errors.rejectValue("telephone", "contacts-admin.telephone.invalid");
		}
		if (!tooLong(form.email(), ContactForm.EMAIL_MAX, "email", errors) && !form.email().isEmpty()
				&& !EMAIL.matcher(form.email()).matches()) {
			errors.rejectValue("email", "contacts-admin.email.invalid");
		}
		if (!tooLong(form.website(), ContactForm.WEBSITE_MAX, "website", errors) && !form.website().isEmpty()
				&& Links.webAddress(form.website()) == null) {
			errors.rejectValue("website", "contacts-admin.website.invalid");
		}
		if (!form.region().isEmpty() && !isKnownRegion(form.region())) {
			errors.rejectValue("region", "contacts-admin.region.invalid");
		}
		checkDate(form.lastVerified(), errors);
	}

	private static boolean tooLong(String value, int max, String field, Errors errors) {
		if (value.length() > max) {
			errors.rejectValue(field, "contacts-admin." + field + ".too-long");
			return true;
		}
		return false;
	}

	// A card imported with a region of its own keeps it when edited for something else.
	private boolean isKnownRegion(String region) {
		return ContactRegions.isStandard(region) || this.cards.findDistinctRegions().contains(region);
	}

	private void checkDate(DateInput input, Errors errors) {
		if (input.isBlank()) {
			return;
		}
		if (isBlank(input.day()) || isBlank(input.month()) || isBlank(input.year())) {
			errors.rejectValue("lastVerified", "contacts-admin.last-verified.incomplete");
			return;
		}
		Optional<LocalDate> date = input.toLocalDate();
		if (date.isEmpty()) {
			errors.rejectValue("lastVerified", "contacts-admin.last-verified.invalid");
		}
		else if (date.get().isAfter(ContactAdmin.today(this.clock))) {
			errors.rejectValue("lastVerified", "contacts-admin.last-verified.future");
		}
	}

	private static boolean isBlank(String part) {
		return part == null || part.isBlank();
	}

}
