package uk.youthjustice.library.editorial;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceFormValidatorTests {

	private final ResourceFormValidator validator = new ResourceFormValidator();

	@Test
	void anEmptyPracticeFormBreaksNoCrossFieldRule() {
		assertThat(errors(ResourceForm.empty(ResourceKind.PRACTICE_EXAMPLE))).isEmpty();
		assertThat(errors(ResourceForm.empty(ResourceKind.GUIDANCE_DOCUMENT))).isEmpty();
	}

	@Test
	void agesAreWholeNumbersFromNoughtToTwentyFive() {
		assertThat(errors(ages("ten", "17")))
			.containsExactly(Map.entry("ageMinimum", "editorial.ageMinimum.not-a-number"));
		assertThat(errors(ages("10", "1.5")))
			.containsExactly(Map.entry("ageMaximum", "editorial.ageMaximum.not-a-number"));
		assertThat(errors(ages("10", "30")))
			.containsExactly(Map.entry("ageMaximum", "editorial.ageMaximum.out-of-range"));
		assertThat(errors(ages("-1", "")))
			.containsExactly(Map.entry("ageMinimum", "editorial.ageMinimum.out-of-range"));
		assertThat(errors(ages("99999999999", "")))
			.containsExactly(Map.entry("ageMinimum", "editorial.ageMinimum.not-a-number"));
		assertThat(errors(ages(" 0 ", "25"))).isEmpty();
		assertThat(errors(ages("", "18"))).isEmpty();
	}

	@Test
	void theOldestAgeIsNotBelowTheYoungest() {
		assertThat(errors(ages("16", "12")))
			.containsExactly(Map.entry("ageMaximum", "editorial.age.maximum-below-minimum"));
		assertThat(errors(ages("12", "12"))).isEmpty();
	}

	@Test
	void costDetailsNeedACost() {
		assertThat(errors(cost("NONE", "£50")))
			.containsExactly(Map.entry("costText", "editorial.cost-text.without-cost"));
		assertThat(errors(cost("NOT_STATED", "£50")))
			.containsExactly(Map.entry("costText", "editorial.cost-text.without-cost"));
		assertThat(errors(cost("HAS_COST", "£50"))).isEmpty();
		assertThat(errors(cost("HAS_COST", ""))).isEmpty();
		assertThat(errors(cost("NONE", "  "))).isEmpty();
		assertThat(errors(cost("FREE-ISH", ""))).containsExactly(Map.entry("cost", "editorial.cost.invalid"));
	}

	@Test
	void onlyWebAddressesAreExternalLinks() {
		assertThat(errors(url("javascript:alert(1)")))
			.containsExactly(Map.entry("externalUrl", "editorial.external-url.invalid"));
		assertThat(errors(url("www.gov.uk")))
			.containsExactly(Map.entry("externalUrl", "editorial.external-url.invalid"));
		assertThat(errors(url("https://www.gov.uk/guidance"))).isEmpty();
		assertThat(errors(url("http://example.org"))).isEmpty();
	}

	@Test
	void theReviewDateIsARealDate() {
		assertThat(errors(reviewDue(new DateInput("31", "2", "2027"))))
			.containsExactly(Map.entry("reviewDue", "editorial.review-due.invalid"));
		assertThat(errors(reviewDue(new DateInput("1", "", "2027"))))
			.containsExactly(Map.entry("reviewDue", "editorial.review-due.invalid"));
		assertThat(errors(reviewDue(new DateInput("28", "2", "2027")))).isEmpty();
	}

	@Test
	void aNewContactCardNeedsItsOrganisation() {
		assertThat(errors(newContact(new NewContactForm("", "Sam Patel", null, null, null, null))))
			.containsExactly(Map.entry("newContact.organisation", "editorial.new-contact.organisation.required"));
		assertThat(errors(newContact(new NewContactForm("Leeds YJS", "", "", "", "", "")))).isEmpty();
	}

	@Test
	void aChangeToAPublishedResourceHasANoteOrIsMinorButNotBoth() {
		assertThat(changeNoteErrors("", false))
			.containsExactly(Map.entry("changeNote", "editorial.change-note.required"));
		assertThat(changeNoteErrors("Updated the contact", true))
			.containsExactly(Map.entry("changeNote", "editorial.change-note.and-minor"));
		assertThat(changeNoteErrors("Updated the contact", false)).isEmpty();
		assertThat(changeNoteErrors("  ", true)).isEmpty();
	}

	@Test
	void aFieldAlreadyInErrorGetsNoSecondMessage() {
		ResourceForm form = cost("NONE", "£50");
		Errors errors = new BeanPropertyBindingResult(form, "form");
		errors.rejectValue("costText", "editorial.cost-text.too-long");

		this.validator.validate(form, errors);

		assertThat(errors.getFieldErrors("costText")).hasSize(1);
	}

	private List<Map.Entry<String, String>> errors(ResourceForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, errors);
		return entries(errors);
	}

	private List<Map.Entry<String, String>> changeNoteErrors(String note, boolean minor) {
		ResourceForm form = with(Map.of("changeNote", note, "minorChange", minor));
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validateChangeNote(form, errors);
		return entries(errors);
	}

	private static List<Map.Entry<String, String>> entries(Errors errors) {
		return errors.getFieldErrors().stream().map((error) -> Map.entry(error.getField(), code(error))).toList();
	}

	private static String code(FieldError error) {
		return error.getCode();
	}

	private static ResourceForm ages(String minimum, String maximum) {
		return with(Map.of("ageMinimum", minimum, "ageMaximum", maximum));
	}

	private static ResourceForm cost(String cost, String text) {
		return with(Map.of("cost", cost, "costText", text));
	}

	private static ResourceForm url(String url) {
		return with(Map.of("externalUrl", url));
	}

	private static ResourceForm reviewDue(DateInput date) {
		return with(Map.of("reviewDue", date));
	}

	private static ResourceForm newContact(NewContactForm card) {
		return with(Map.of("newContact", card));
	}

	/** A valid practice example form with some values changed. */
	static ResourceForm with(Map<String, Object> values) {
		return new ResourceForm((String) values.getOrDefault("title", "Title"), "", "", "1", null, "",
				(String) values.getOrDefault("ageMinimum", ""), (String) values.getOrDefault("ageMaximum", ""),
				"NOT_APPLICABLE", (String) values.getOrDefault("cost", "NOT_STATED"),
				(String) values.getOrDefault("costText", ""), null, null, null, null, "",
				(NewContactForm) values.get("newContact"), "", "", (String) values.getOrDefault("externalUrl", ""), "",
				(DateInput) values.get("reviewDue"), (String) values.getOrDefault("changeNote", ""),
				(Boolean) values.getOrDefault("minorChange", false), 0L);
	}

}
