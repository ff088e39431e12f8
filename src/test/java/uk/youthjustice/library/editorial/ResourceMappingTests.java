package uk.youthjustice.library.editorial;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceMappingTests {

	private final Category category = withId(new Category("practice", "Practice examples", null, 1), 3L);

	private final Category otherCategory = withId(new Category("custody", "Custody and community", null, 2), 4L);

	private final Topic resettlement = withId(new Topic("resettlement", "Resettlement", null), 11L);

	private final Topic education = withId(new Topic("education", "Education", null), 12L);

	private final EvidenceClassification promising = withId(
			new EvidenceClassification("promising", "Promising", null, 2), 21L);

	private final ContactCard sheffield = withId(new ContactCard("sheffield-yjs", "Sheffield YJS"), 31L);

	private final ContactCard leeds = withId(new ContactCard("leeds-yjs", "Leeds YJS"), 32L);

	@Test
	void aSavedPracticeExampleFillsEveryFieldOfItsForm() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "mentoring", "Mentoring", this.category);
		resource.setSummary("A summary");
		resource.setDescription("## Heading\n\nText");
		resource.getTopics().add(this.resettlement);
		resource.setEvidence(this.promising);
		resource.setAgeRange(new AgeRange(10, 17));
		resource.setSex(Sex.MALE);
		resource.setCostKind(CostKind.HAS_COST);
		resource.setCostText("£50 a session");
		resource.getAims().addAll(List.of("First aim", "Second aim"));
		resource.getImplementationSteps().add("Only step");
		resource.getContacts().addAll(List.of(this.leeds, this.sheffield));
		resource.setSourceOrganisation(this.sheffield);
		resource.setReplaces(new Resource(ResourceKind.PRACTICE_EXAMPLE, "old-mentoring", "Old", this.category));
		resource.setReviewDueOn(LocalDate.of(2027, 3, 31));

		ResourceForm form = ResourceMapping.toForm(resource);

		assertThat(form.title()).isEqualTo("Mentoring");
		assertThat(form.summary()).isEqualTo("A summary");
		assertThat(form.description()).isEqualTo("## Heading\n\nText");
		assertThat(form.category()).isEqualTo("3");
		assertThat(form.topics()).containsExactly("11");
		assertThat(form.evidence()).isEqualTo("21");
		assertThat(form.ageMinimum()).isEqualTo("10");
		assertThat(form.ageMaximum()).isEqualTo("17");
		assertThat(form.sex()).isEqualTo("MALE");
		assertThat(form.cost()).isEqualTo("HAS_COST");
		assertThat(form.costText()).isEqualTo("£50 a session");
		assertThat(form.aims()).containsExactly("First aim", "Second aim");
		assertThat(form.steps()).containsExactly("Only step");
		assertThat(form.contacts()).containsExactly("32", "31");
		assertThat(form.sourceOrganisation()).isEqualTo("31");
		assertThat(form.replaces()).isEqualTo("old-mentoring");
		assertThat(form.reviewDue()).isEqualTo(new DateInput("31", "3", "2027"));
		assertThat(form.changeNote()).isEmpty();
		assertThat(form.minorChange()).isFalse();
		assertThat(form.version()).isZero();
	}

	@Test
	void emptyFieldsBecomeEmptyBoxes() {
		Resource resource = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "guide", "Guide", this.category);

		ResourceForm form = ResourceMapping.toForm(resource);

		assertThat(form.summary()).isEmpty();
		assertThat(form.evidence()).isEmpty();
		assertThat(form.ageMinimum()).isEmpty();
		assertThat(form.sourceOrganisation()).isEmpty();
		assertThat(form.replaces()).isEmpty();
		assertThat(form.reviewDue().isBlank()).isTrue();
		assertThat(form.aims()).isEmpty();
	}

	@Test
	void aPracticeExampleFormIsWrittenIntoTheResourceStrippedAndWithoutEmptyItems() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "mentoring", "Mentoring", this.category);
		ResourceForm form = form("  Peer mentoring  ", "HAS_COST", " £20 ", List.of(" Aim one ", "", "  "),
				List.of("Step one", "Step two", "Step three"));
		References references = new References(this.otherCategory, List.of(this.education, this.resettlement),
				this.promising, List.of(this.sheffield, this.leeds), this.leeds, null);

		ResourceMapping.apply(form, references, resource);

		assertThat(resource.getTitle()).isEqualTo("Peer mentoring");
		assertThat(resource.getSummary()).isNull();
		assertThat(resource.getCategory()).isSameAs(this.otherCategory);
		assertThat(resource.getTopics()).containsExactly(this.education, this.resettlement);
		assertThat(resource.getEvidence()).isSameAs(this.promising);
		assertThat(resource.getAgeRange()).isEqualTo(new AgeRange(12, null));
		assertThat(resource.getSex()).isEqualTo(Sex.FEMALE);
		assertThat(resource.getCostKind()).isEqualTo(CostKind.HAS_COST);
		assertThat(resource.getCostText()).isEqualTo("£20");
		assertThat(resource.getAims()).containsExactly("Aim one");
		assertThat(resource.getImplementationSteps()).containsExactly("Step one", "Step two", "Step three");
		assertThat(resource.getContacts()).containsExactly(this.sheffield, this.leeds);
		assertThat(resource.getSourceOrganisation()).isSameAs(this.leeds);
		assertThat(resource.getReviewDueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void costDetailsAreKeptOnlyWithACost() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "mentoring", "Mentoring", this.category);
		resource.setCostText("£20");

		ResourceMapping.apply(form("Mentoring", "NONE", "", List.of(), List.of()), references(), resource);

		assertThat(resource.getCostKind()).isEqualTo(CostKind.NONE);
		assertThat(resource.getCostText()).isNull();
	}

	@Test
	void aGuidanceFormLeavesPracticeFieldsAloneAndWritesItsOwn() {
		Resource resource = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "guide", "Guide", this.category);
		resource.setAgeRange(new AgeRange(10, 17));
		resource.getAims().add("Imported aim");
		ResourceForm form = new ResourceForm("Guide", "", "", "3", null, "", "", "", null, null, "", null, null,
				List.of("Managers", " ", "Case workers "), null, "", null, "", " Youth Justice Board ",
				" https://www.gov.uk/guidance ", "", DateInput.EMPTY, "", false, 0L);

		ResourceMapping.apply(form, references(), resource);

		assertThat(resource.getPublisher()).isEqualTo("Youth Justice Board");
		assertThat(resource.getExternalUrl()).isEqualTo("https://www.gov.uk/guidance");
		assertThat(resource.getAudience()).containsExactly("Managers", "Case workers");
		assertThat(resource.getAgeRange()).isEqualTo(new AgeRange(10, 17));
		assertThat(resource.getAims()).containsExactly("Imported aim");
		assertThat(resource.getReviewDueOn()).isNull();
	}

	@Test
	void scriptIsStoredAsTheTextTyped() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "x", "x", this.category);
		String script = "<script>alert(1)</script>";

		ResourceMapping.apply(form(script, "NOT_STATED", "", List.of(script), List.of(script)), references(), resource);

		assertThat(resource.getTitle()).isEqualTo(script);
		assertThat(resource.getAims()).containsExactly(script);
	}

	@Test
	void theFormOfASavedResourceWrittenBackChangesNothing() {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "mentoring", "Mentoring", this.category);
		resource.getAims().addAll(List.of("One", "Two"));
		List<String> aims = resource.getAims();

		ResourceMapping.apply(ResourceMapping.toForm(resource), references(), resource);

		assertThat(resource.getAims()).isSameAs(aims).containsExactly("One", "Two");
		assertThat(resource.getAgeRange().isApplicable()).isFalse();
		assertThat(resource.getSex()).isEqualTo(Sex.NOT_APPLICABLE);
		assertThat(resource.getCostKind()).isEqualTo(CostKind.NOT_STATED);
	}

	private References references() {
		return new References(this.category, List.of(), null, List.of(), null, null);
	}

	private static ResourceForm form(String title, String cost, String costText, List<String> aims,
			List<String> steps) {
		return new ResourceForm(title, "  ", "Text", "4", List.of("12", "11"), "21", "12", "", "FEMALE", cost, costText,
				aims, steps, null, List.of("31", "32"), "", null, "32", "", "", "", new DateInput("28", "2", "2026"),
				"", false, 0L);
	}

	private static <T> T withId(T entity, Long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
