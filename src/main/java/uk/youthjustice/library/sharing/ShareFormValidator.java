package uk.youthjustice.library.sharing;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.system.AddAnother;

/**
 * Checks a {@link ShareForm} field by field in the order of the form, so that the error
 * summary lists problems in the order a practitioner meets them. One validator rather
 * than Bean Validation annotations, whose errors come in no particular order.
 */
@Component
class ShareFormValidator implements Validator {

	static final int YOUNGEST = 0;

	static final int OLDEST = 25;

	// Something, an @, something, a dot, something; no spaces. A stricter pattern only
	// refuses addresses that work.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	@Override
	public boolean supports(Class<?> type) {
		return ShareForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ShareForm form = (ShareForm) target;
		required(form.name(), "name", Limits.NAME, errors);
		email(form.email(), "email", true, errors);
		required(form.organisation(), "organisation", Limits.NAME, errors);
		optional(form.role(), "role", Limits.NAME, errors);
		required(form.title(), "title", Limits.TITLE, errors);
		required(form.summary(), "summary", Limits.SUMMARY, errors);
		number(form.category(), "category", errors);
		required(form.description(), "description", Limits.DESCRIPTION, errors);
		ages(form, errors);
		choice(form.sex(), "sex", List.of(Sex.NOT_APPLICABLE.name(), Sex.MALE.name(), Sex.FEMALE.name()), errors);
		cost(form, errors);
		list(form.aims(), "aims", Limits.AIM, errors);
		list(form.steps(), "steps", Limits.STEP, errors);
		evidence(form, errors);
		contact(form, errors);
		if (!form.hasConsent()) {
			errors.rejectValue("consent", "sharing.consent.required");
		}
	}

	private static void ages(ShareForm form, Errors errors) {
		Integer from = age(form.ageFrom(), "ageFrom", errors);
		Integer to = age(form.ageTo(), "ageTo", errors);
		if (from != null && to != null && to < from) {
			errors.rejectValue("ageTo", "sharing.ageTo.before-from");
		}
	}

	private static Integer age(String text, String field, Errors errors) {
		if (text.isEmpty()) {
			errors.rejectValue(field, "sharing." + field + ".required");
			return null;
		}
		if (!text.matches("\\d{1,3}")) {
			errors.rejectValue(field, "sharing." + field + ".not-a-number");
			return null;
		}
		int age = Integer.parseInt(text);
		if (age < YOUNGEST || age > OLDEST) {
			errors.rejectValue(field, "sharing." + field + ".out-of-range");
			return null;
		}
		return age;
	}

	private static void cost(ShareForm form, Errors errors) {
		choice(form.cost(), "cost", List.of(ShareForm.FREE, ShareForm.HAS_COST, ShareForm.NOT_SURE), errors);
		if (ShareForm.HAS_COST.equals(form.cost())) {
			required(form.costText(), "costText", Limits.COST, errors);
		}
	}

	private static void evidence(ShareForm form, Errors errors) {
		if (form.evidence().isEmpty()) {
			errors.rejectValue("evidence", "sharing.evidence.required");
		}
		else if (!ShareForm.NOT_SURE.equals(form.evidence())) {
			number(form.evidence(), "evidence", errors);
		}
		optional(form.evidenceText(), "evidenceText", Limits.EVIDENCE, errors);
	}

	private static void contact(ShareForm form, Errors errors) {
		required(form.contactOrganisation(), "contactOrganisation", Limits.NAME, errors);
		optional(form.contactName(), "contactName", Limits.NAME, errors);
		if (form.contactTelephone().isEmpty() && form.contactEmail().isEmpty()) {
			errors.rejectValue("contactTelephone", "sharing.contactTelephone.or-email");
		}
		optional(form.contactTelephone(), "contactTelephone", Limits.TELEPHONE, errors);
		email(form.contactEmail(), "contactEmail", false, errors);
	}

	private static void required(String text, String field, int limit, Errors errors) {
		if (text.isEmpty()) {
			errors.rejectValue(field, "sharing." + field + ".required");
		}
		else {
			optional(text, field, limit, errors);
		}
	}

	private static void optional(String text, String field, int limit, Errors errors) {
		if (text.length() > limit) {
			errors.rejectValue(field, "sharing." + field + ".too-long");
		}
	}

	private static void email(String text, String field, boolean required, Errors errors) {
		if (text.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "sharing." + field + ".required");
			}
		}
		else if (text.length() > Limits.EMAIL) {
			errors.rejectValue(field, "sharing." + field + ".too-long");
		}
		else if (!EMAIL.matcher(text).matches()) {
			errors.rejectValue(field, "sharing." + field + ".invalid");
		}
	}

	private static void choice(String value, String field, List<String> allowed, Errors errors) {
		if (!allowed.contains(value)) {
			errors.rejectValue(field, "sharing." + field + ".required");
		}
	}

	// A select or radio sends an id; anything else was not sent by the form.
	private static void number(String value, String field, Errors errors) {
		if (!value.isEmpty() && !value.matches("\\d{1,18}")) {
			errors.rejectValue(field, "sharing." + field + ".unknown");
		}
	}

	// A list-wide problem is shown at the first item, which the error summary can link
	// to.
	private static void list(List<String> items, String field, int limit, Errors errors) {
		if (AddAnother.kept(items).isEmpty()) {
			errors.rejectValue(field + "[0]", "sharing." + field + ".required");
			return;
		}
		if (items.size() > AddAnother.MAXIMUM_ITEMS) {
			errors.rejectValue(field + "[0]", "sharing." + field + ".too-many",
					new Object[] { AddAnother.MAXIMUM_ITEMS }, null);
			return;
		}
		for (int index = 0; index < items.size(); index++) {
			if (items.get(index).length() > limit) {
				errors.rejectValue(field + "[" + index + "]", "sharing." + field + ".too-long",
						new Object[] { index + 1 }, null);
			}
		}
	}

	/** The most characters each field may have, as the database columns allow. */
	static final class Limits {

		static final int NAME = 200;

		static final int EMAIL = 254;

		static final int TITLE = 300;

		static final int SUMMARY = 1000;

		static final int COST = 300;

		static final int AIM = 1000;

		static final int STEP = 2000;

		static final int DESCRIPTION = 10_000;

		static final int EVIDENCE = 2000;

		static final int TELEPHONE = 60;

		private Limits() {
		}

	}

}
