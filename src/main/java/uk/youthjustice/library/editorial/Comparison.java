package uk.youthjustice.library.editorial;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.editorial.SaveResult.Difference;
import uk.youthjustice.library.system.AddAnother;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.DateInput;

/**
 * Two forms for the same resource, field by field, as a person reads them: names rather
 * than ids, labels rather than codes. Used for the conflict page, where an editor decides
 * between the saved version and their own.
 */
final class Comparison {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final FormChoices choices;

	private final MessageSource messages;

	private final Locale locale;

	Comparison(FormChoices choices, MessageSource messages, Locale locale) {
		this.choices = choices;
		this.messages = messages;
		this.locale = locale;
	}

	/** The fields of the kind's form whose values differ, in the form's order. */
	List<Difference> between(ResourceKind kind, ResourceForm saved, ResourceForm yours) {
		List<Difference> differences = new ArrayList<>();
		Field field = (label, shown) -> {
			List<String> before = shown.apply(saved);
			List<String> after = shown.apply(yours);
			if (!before.equals(after)) {
				differences.add(new Difference(label, before, after));
			}
		};
		field.compare("editorial.field.title", (form) -> one(form.title()));
		field.compare("editorial.field.summary", (form) -> one(form.summary()));
		field.compare("editorial.field.description", (form) -> one(form.description()));
		field.compare("editorial.field.category", (form) -> one(label(this.choices.categories(), form.category())));
		field.compare("editorial.field.topics", (form) -> labels(this.choices.topics(), form.topics()));
		if (kind == ResourceKind.PRACTICE_EXAMPLE) {
			practice(field);
		}
		else {
			field.compare("editorial.field.publisher", (form) -> one(form.publisher()));
			field.compare("editorial.field.external-url", (form) -> one(form.externalUrl()));
			field.compare("editorial.field.audience", (form) -> AddAnother.kept(form.audience()));
		}
		field.compare("editorial.field.contacts", this::contacts);
		field.compare("editorial.field.replaces", (form) -> one(ReplacesAddress.slugOf(form.replaces())));
		field.compare("editorial.field.review-due", (form) -> one(date(form.reviewDue())));
		return differences;
	}

	private void practice(Field field) {
		field.compare("editorial.field.evidence", (form) -> one(label(this.choices.evidence(), form.evidence())));
		field.compare("editorial.field.age", (form) -> age(form.ageMinimum(), form.ageMaximum()));
		field.compare("editorial.field.sex", (form) -> one(enumLabel("editorial.sex.", form.sex(), Sex.class)));
		field.compare("editorial.field.cost", this::cost);
		field.compare("editorial.field.aims", (form) -> AddAnother.kept(form.aims()));
		field.compare("editorial.field.steps", (form) -> AddAnother.kept(form.steps()));
		field.compare("editorial.field.source-organisation",
				(form) -> one(label(this.choices.contacts(), form.sourceOrganisation())));
	}

	private List<String> cost(ResourceForm form) {
		String kind = enumLabel("editorial.cost.", form.cost(), CostKind.class);
		String text = ResourceMapping.text(form.costText());
		if (text != null && CostKind.HAS_COST.name().equals(form.cost())) {
			return one(this.messages.getMessage("editorial.conflict.cost", new Object[] { kind, text }, this.locale));
		}
		return one(kind);
	}

	private List<String> contacts(ResourceForm form) {
		List<String> shown = new ArrayList<>(
				form.contactsToAttach().stream().map((id) -> label(this.choices.contacts(), id)).toList());
		NewContactForm card = form.newContact();
		if (card.isFilledIn()) {
			String name = Objects.toString(ResourceMapping.text(card.organisation()), "")
					+ (NewContactForm.hasText(card.personName()) ? " \u2013 " + card.personName().strip() : "");
			shown.add(this.messages.getMessage("editorial.conflict.new-contact", new Object[] { name }, this.locale));
		}
		return shown;
	}

	private List<String> age(String minimum, String maximum) {
		if (!NewContactForm.hasText(minimum) && !NewContactForm.hasText(maximum)) {
			return List.of();
		}
		return one(this.messages.getMessage("editorial.conflict.age",
				new Object[] { Objects.toString(ResourceMapping.text(minimum), "\u2013"),
						Objects.toString(ResourceMapping.text(maximum), "\u2013") },
				this.locale));
	}

	private String enumLabel(String prefix, String value, Class<? extends Enum<?>> type) {
		if (value == null) {
			return null;
		}
		for (Enum<?> constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return this.messages.getMessage(prefix + value, null, this.locale);
			}
		}
		return value;
	}

	private static String label(List<Choice> options, String id) {
		String label = FormChoices.label(options, id);
		return (label != null) ? label : id;
	}

	private static List<String> labels(List<Choice> options, List<String> ids) {
		return ids.stream()
			.filter(NewContactForm::hasText)
			.map((id) -> label(options, id))
			.distinct()
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	private static String date(DateInput input) {
		if (input.isBlank()) {
			return null;
		}
		return input.toLocalDate()
			.map(DATE::format)
			.orElseGet(() -> String.join("/", Objects.toString(input.day(), ""), Objects.toString(input.month(), ""),
					Objects.toString(input.year(), "")));
	}

	private static List<String> one(String text) {
		return NewContactForm.hasText(text) ? List.of(text.strip()) : List.of();
	}

	@FunctionalInterface
	private interface Field {

		void compare(String label, Function<ResourceForm, List<String>> shown);

	}

}
