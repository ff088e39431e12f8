package uk.youthjustice.library.editorial;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.editorial.SaveResult.Difference;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules around the resource form: buttons, addresses and comparisons. */
class FormHelpersTests {

	@Test
	void onlyTheSaveButtonSaves() {
		assertThat(new FormButtons(null, null, null, null, null, null).isSave()).isTrue();
		assertThat(new FormButtons("aims", null, null, null, null, null).isSave()).isFalse();
		assertThat(new FormButtons(null, "aims:0", null, null, null, null).isSave()).isFalse();
		assertThat(new FormButtons(null, null, "description", null, null, null).isSave()).isFalse();
		assertThat(new FormButtons(null, null, null, "add", null, null).isSave()).isFalse();
		assertThat(new FormButtons(null, null, null, null, "0", null).isSave()).isFalse();
		assertThat(new FormButtons(null, null, null, null, null, "remove").isSave()).isFalse();
	}

	@Test
	void listButtonsChangeTheirOwnList() {
		ResourceForm form = form(List.of("One"), List.of("7", "8"), "");

		ResourceForm added = new FormButtons("aims", null, null, null, null, null).applyTo(form);
		assertThat(added.aims()).containsExactly("One", "");

		ResourceForm removed = new FormButtons(null, "aims:0", null, null, null, null).applyTo(added);
		assertThat(removed.aims()).containsExactly("");

		ResourceForm unknown = new FormButtons("title", "contacts:x", null, null, null, null)
			.applyTo(form(List.of("One"), List.of(), ""));
		assertThat(unknown.aims()).containsExactly("One");
	}

	@Test
	void contactButtonsAttachTheChosenCardAndRemoveAnAttachedOne() {
		ResourceForm form = form(List.of(), List.of("7", "8"), "9");

		ResourceForm attached = new FormButtons(null, null, null, "add", null, null).applyTo(form);
		assertThat(attached.contacts()).containsExactly("7", "8", "9");
		assertThat(attached.contactToAdd()).isEmpty();

		ResourceForm removed = new FormButtons(null, null, null, null, "1", null).applyTo(attached);
		assertThat(removed.contacts()).containsExactly("7", "9");

		ResourceForm ignored = new FormButtons(null, null, null, null, "five", null).applyTo(removed);
		assertThat(ignored.contacts()).containsExactly("7", "9");
	}

	@Test
	void aChosenCardIsAttachedOnceEvenIfListedAlready() {
		assertThat(form(List.of(), List.of("7", " ", "7"), "7").contactsToAttach()).containsExactly("7");
		assertThat(form(List.of(), List.of("7"), "8").contactsToAttach()).containsExactly("7", "8");
	}

	@Test
	void replacesAcceptsAnAddressAPathOrASlug() {
		assertThat(ReplacesAddress.slugOf("https://library.example.org/resources/County-Lines?x=1#top"))
			.isEqualTo("county-lines");
		assertThat(ReplacesAddress.slugOf("/resources/county-lines/")).isEqualTo("county-lines");
		assertThat(ReplacesAddress.slugOf(" county-lines ")).isEqualTo("county-lines");
		assertThat(ReplacesAddress.slugOf("http://localhost:8080/admin/resources/12")).isEqualTo("12");
		assertThat(ReplacesAddress.slugOf("https://library.example.org")).isEmpty();
		assertThat(ReplacesAddress.slugOf("  ")).isNull();
	}

	@Test
	void theComparisonNamesWhatDiffersInWords() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/editorial");
		messages.setDefaultEncoding("UTF-8");
		FormChoices choices = new FormChoices(List.of(new Choice("1", "Practice examples")),
				List.of(new Choice("5", "Resettlement"), new Choice("6", "Education")), List.of(),
				List.of(new Choice("7", "Leeds YJS"), new Choice("8", "Sheffield YJS")));
		ResourceForm saved = form(List.of("One"), List.of("7"), "");
		ResourceForm yours = new ResourceForm("Title", "", "", "1", List.of("6", "5"), "", "10", "", "MALE", "HAS_COST",
				"£5", List.of("One", "Two"), null, null, List.of("7"), "8", null, "", "", "", "/resources/old",
				new DateInput("1", "2", "2027"), "", false, 3L);

		List<Difference> differences = new Comparison(choices, messages, Locale.UK)
			.between(ResourceKind.PRACTICE_EXAMPLE, saved, yours);

		assertThat(differences).extracting(Difference::label)
			.containsExactly("editorial.field.topics", "editorial.field.age", "editorial.field.sex",
					"editorial.field.cost", "editorial.field.aims", "editorial.field.contacts",
					"editorial.field.replaces", "editorial.field.review-due");
		assertThat(differences.get(0).yours()).containsExactly("Education", "Resettlement");
		assertThat(differences.get(1).saved()).isEmpty();
		assertThat(differences.get(1).yours()).containsExactly("10 to \u2013");
		assertThat(differences.get(2).yours()).containsExactly("Boys and young men");
		assertThat(differences.get(3).saved()).containsExactly("Not stated");
		assertThat(differences.get(3).yours()).containsExactly("Has a cost: £5");
		assertThat(differences.get(5).yours()).containsExactly("Leeds YJS", "Sheffield YJS");
		assertThat(differences.get(6).yours()).containsExactly("old");
		assertThat(differences.get(7).yours()).containsExactly("1 February 2027");
	}

	private static ResourceForm form(List<String> aims, List<String> contacts, String contactToAdd) {
		return new ResourceForm("Title", "", "", "1", List.of(), "", "", "", "NOT_APPLICABLE", "NOT_STATED", "", aims,
				null, null, contacts, contactToAdd, null, "", "", "", "", null, "", false, 3L);
	}

}
