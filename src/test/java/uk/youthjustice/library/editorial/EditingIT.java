package uk.youthjustice.library.editorial;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.editorial.SaveResult.Conflict;
import uk.youthjustice.library.editorial.SaveResult.Saved;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating and editing resources on PostgreSQL, with the demo library's categories and
 * contact cards: what is saved, change notes on the public page, and conflicts between
 * two editors.
 */
@WithLibrary
class EditingIT {

	@Autowired
	Editing editing;

	@Autowired
	EditableResources resources;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNewPracticeExampleIsADraftWithEverythingTheFormSaid() {
		FormChoices choices = this.editing.choices();
		signIn("creator@example.org");
		ResourceForm form = form("Peer mentoring " + this.unique, choices, List.of(choices.contacts().get(0).value()),
				new NewContactForm("Hull YJS " + this.unique, "Jo Bloggs", "Officer", "01482 000000",
						"jo@example.org.uk", "Yorkshire"));

		long id = this.editing.create(ResourceKind.PRACTICE_EXAMPLE, form);

		EditPage page = this.editing.editPage(id).orElseThrow();
		assertThat(page.status()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(page.modifiedBy()).isEqualTo("creator@example.org");
		ResourceForm saved = page.form();
		assertThat(saved.title()).isEqualTo("Peer mentoring " + this.unique);
		assertThat(saved.category()).isEqualTo(choices.categories().get(0).value());
		assertThat(saved.topics()).containsExactlyInAnyOrder(choices.topics().get(0).value(),
				choices.topics().get(1).value());
		assertThat(saved.aims()).containsExactly("Fewer missed appointments", "Better attendance");
		assertThat(saved.steps()).containsExactly("Recruit", "Train", "Match");
		assertThat(saved.ageMinimum()).isEqualTo("10");
		assertThat(saved.reviewDue()).isEqualTo(new DateInput("31", "3", "2027"));
		assertThat(saved.contacts()).hasSize(2).startsWith(choices.contacts().get(0).value());
		assertThat(this.editing.choices().contacts()).anySatisfy((card) -> assertThat(card.label())
			.isEqualTo("Hull YJS " + this.unique + " \u2013 Jo Bloggs, Officer (Yorkshire)"));
		String slug = this.resources.findById(id).orElseThrow().getSlug();
		assertThat(slug).isEqualTo("peer-mentoring-" + this.unique);

		long second = this.editing.create(ResourceKind.PRACTICE_EXAMPLE,
				form("Peer mentoring " + this.unique, choices, List.of(), NewContactForm.EMPTY));
		assertThat(this.resources.findById(second).orElseThrow().getSlug()).isEqualTo(slug + "-2");
	}

	@Test
	void anEditIsSavedAndAPublishedOneShowsItsChangeNoteToThePublic() {
		FormChoices choices = this.editing.choices();
		long id = this.editing.create(ResourceKind.PRACTICE_EXAMPLE,
				form("Resettlement panel " + this.unique, choices, List.of(), NewContactForm.EMPTY));
		publish(id);
		EditPage page = this.editing.editPage(id).orElseThrow();
		assertThat(page.asksForChangeNote()).isTrue();

		SaveResult result = this.editing.update(id,
				edited(page.form(), "Resettlement panel " + this.unique, "Added the panel\u2019s terms of reference."));

		assertThat(result).isEqualTo(new Saved(id));
		EditPage after = this.editing.editPage(id).orElseThrow();
		assertThat(after.version()).isGreaterThan(page.version());
		assertThat(after.form().summary()).isEqualTo("Changed summary");
		String slug = this.resources.findById(id).orElseThrow().getSlug();
		String html = LocalHttp.getPage(this.port, "/resources/" + slug).body();
		assertThat(html).contains("Added the panel\u2019s terms of reference.");
	}

	@Test
	void savingFromAnOldVersionIsAConflictAndSavesNothing() {
		FormChoices choices = this.editing.choices();
		long id = this.editing.create(ResourceKind.GUIDANCE_DOCUMENT,
				form("Case guidance " + this.unique, choices, List.of(), NewContactForm.EMPTY));
		ResourceForm first = this.editing.editPage(id).orElseThrow().form();
		ResourceForm second = this.editing.editPage(id).orElseThrow().form();

		signIn("first@example.org");
		assertThat(this.editing.update(id, edited(first, "First editor\u2019s title", null))).isInstanceOf(Saved.class);

		signIn("second@example.org");
		SaveResult result = this.editing.update(id, edited(second, "Second editor\u2019s title", null));

		assertThat(result).isInstanceOf(Conflict.class);
		Conflict conflict = (Conflict) result;
		assertThat(conflict.saved().modifiedBy()).isEqualTo("first@example.org");
		assertThat(conflict.saved().form().title()).isEqualTo("First editor\u2019s title");
		assertThat(conflict.yours().title()).isEqualTo("Second editor\u2019s title");
		assertThat(conflict.yours().version()).isEqualTo(conflict.saved().version());
		assertThat(conflict.differences()).extracting(SaveResult.Difference::label)
			.containsExactly("editorial.field.title");
		assertThat(this.editing.editPage(id).orElseThrow().form().title()).isEqualTo("First editor\u2019s title");

		assertThat(this.editing.update(id, conflict.yours())).isInstanceOf(Saved.class);
		assertThat(this.editing.editPage(id).orElseThrow().form().title()).isEqualTo("Second editor\u2019s title");
	}

	private void publish(long id) {
		this.transaction.executeWithoutResult(
				(status) -> this.resources.findById(id).orElseThrow().publish(Instant.now().minusSeconds(60)));
	}

	private static void signIn(String email) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(email, null, "ROLE_EDITOR"));
	}

	private static ResourceForm form(String title, FormChoices choices, List<String> contacts,
			NewContactForm newContact) {
		return new ResourceForm(title, "A summary", "Some **Markdown**.", choices.categories().get(0).value(),
				List.of(choices.topics().get(0).value(), choices.topics().get(1).value()),
				choices.evidence().get(0).value(), "10", "17", "NOT_APPLICABLE", "NONE", "",
				List.of("Fewer missed appointments", "Better attendance"), List.of("Recruit", "Train", "Match"),
				List.of("Case managers"), contacts, "", newContact, "", "YJB", "https://www.gov.uk/", "",
				new DateInput("31", "3", "2027"), "", false, null);
	}

	private static ResourceForm edited(ResourceForm form, String title, String changeNote) {
		return new ResourceForm(title, "Changed summary", form.description(), form.category(), form.topics(),
				form.evidence(), form.ageMinimum(), form.ageMaximum(), form.sex(), form.cost(), form.costText(),
				form.aims(), form.steps(), form.audience(), form.contacts(), "", NewContactForm.EMPTY,
				form.sourceOrganisation(), form.publisher(), form.externalUrl(), form.replaces(), form.reviewDue(),
				(changeNote != null) ? changeNote : "", false, form.version());
	}

}
