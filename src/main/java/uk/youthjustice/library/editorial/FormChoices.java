package uk.youthjustice.library.editorial;

import java.util.List;
import java.util.Objects;

import uk.youthjustice.library.system.Choice;

/**
 * The options the resource form offers, each with the id the form sends back.
 *
 * @param categories every category, in the order the public sees them
 * @param topics every topic, by name
 * @param evidence every evidence classification, in their order
 * @param contacts every contact card, by organisation and person
 */
public record FormChoices(List<Choice> categories, List<Choice> topics, List<Choice> evidence, List<Choice> contacts) {

	/** The label of the option with this value, or null if there is none. */
	static String label(List<Choice> options, String value) {
		if (value == null) {
			return null;
		}
		return options.stream()
			.filter((option) -> option.value().equals(value.strip()))
			.map(Choice::label)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** Whether the value names one of the options. */
	static boolean contains(List<Choice> options, String value) {
		return label(options, value) != null;
	}

}
