package uk.youthjustice.library.legacy;

import java.time.LocalDateTime;
import java.util.List;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;

/**
 * One item of an old hub page as the parser understood it.
 *
 * @param line the line of the page where the item starts, from 1
 * @param kind a practice example when it has practice fields or a YOT contact, else a
 * guidance document
 * @param title the title line, or words taken from the text when the item had none (see
 * {@code titleFromText}), or {@code null} when there was nothing to take them from
 * @param titleFromText whether the title was taken from the opening words of the text
 * @param date the date line, UK time, or {@code null} when missing or a placeholder
 * @param category the category of its ‘Published in’ line, or {@code null}: such an item
 * cannot be placed and is not imported
 * @param summary the ‘Summary:’ line, else the first paragraph when short enough
 * @param ageRange the ‘Age:’ line, or {@code null} when not given or not understood
 * @param sex the ‘Sex:’ line, or {@code null} when not given or not understood
 * @param costKind from the ‘Cost:’ line, {@link CostKind#NOT_STATED} when not given
 * @param costText the cost in words, when more than yes or no
 * @param aims the bullets between the fields and the first paragraph
 * @param description the paragraphs and other bullets, as Markdown
 * @param implementationSteps the bullets under ‘Implementing the Practice’
 * @param contacts the YOT/YOS contact blocks
 * @param sourceOrganisation the ‘Source Organisation:’ block, or {@code null}
 * @param fields what the parser found, in words, for the report
 * @param warnings what the parser had to decide or leave out, in words
 */
record ParsedItem(int line, ResourceKind kind, String title, boolean titleFromText, LocalDateTime date, String category,
		String summary, AgeRange ageRange, Sex sex, CostKind costKind, String costText, List<String> aims,
		String description, List<String> implementationSteps, List<ParsedContact> contacts,
		ParsedContact sourceOrganisation, List<String> fields, List<String> warnings) {

	/**
	 * Why the item cannot be imported, or {@code null} when it can: it must have a
	 * category and something to call it.
	 */
	String problem() {
		if (this.category == null) {
			return "no ‘Published in’ line, so no category: not imported";
		}
		if (this.title == null) {
			return "no title and no text to take one from: not imported";
		}
		return null;
	}

	boolean placed() {
		return problem() == null;
	}

	/** The start of the item’s text, to find it in the file. */
	String opening() {
		String text = (this.summary != null) ? this.summary : this.description;
		if (text == null || text.isBlank()) {
			return (this.title != null) ? this.title : "";
		}
		String flat = text.replaceAll("\\s+", " ").strip();
		return (flat.length() > 80) ? flat.substring(0, 80).strip() + "…" : flat;
	}

}
