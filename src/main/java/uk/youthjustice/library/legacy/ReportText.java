package uk.youthjustice.library.legacy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.legacy.ImportReport.ContactReport;
import uk.youthjustice.library.legacy.ImportReport.FileReport;
import uk.youthjustice.library.legacy.ImportReport.ItemReport;
import uk.youthjustice.library.legacy.ImportReport.Outcome;

/** An import’s report as lines of text, for the command line. */
final class ReportText {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

	private ReportText() {
	}

	static List<String> lines(ImportReport report) {
		List<String> lines = new ArrayList<>();
		for (FileReport file : report.files()) {
			lines.add(file.name() + " (" + file.encoding() + "): " + count(file.items().size(), "item") + ", "
					+ count(file.droppedLines(), "noise line") + " dropped");
			file.warnings().forEach((warning) -> lines.add("  warning: " + warning));
			for (ItemReport item : file.items()) {
				item(item, report, lines);
			}
		}
		lines.add(summary(report));
		return lines;
	}

	private static void item(ItemReport item, ImportReport report, List<String> lines) {
		StringBuilder heading = new StringBuilder("  line ").append(item.line())
			.append(": ")
			.append(kind(item.kind()))
			.append(' ')
			.append((item.title() != null) ? "‘" + item.title() + "’" : "without a title")
			.append((item.date() != null) ? ", " + DATE.format(item.date()) : "");
		if (item.category() != null) {
			heading.append(", in ").append(item.libraryCategory()).append(item.newCategory() ? " (new category)" : "");
		}
		lines.add(heading.toString());
		if (item.titleFromText() || item.title() == null) {
			lines.add("    starts: " + item.opening());
		}
		lines.add("    found: " + String.join(", ", item.fields()));
		for (ContactReport contact : item.contacts()) {
			lines.add("    " + (contact.source() ? "source organisation: " : "contact: ") + contact.label()
					+ ((contact.email() != null) ? " <" + contact.email() + ">" : "") + ": " + contact(contact));
		}
		item.warnings().forEach((warning) -> lines.add("    warning: " + warning));
		lines.add("    " + outcome(item, report));
	}

	private static String kind(ResourceKind kind) {
		return (kind == ResourceKind.PRACTICE_EXAMPLE) ? "practice example" : "guidance document";
	}

	private static String contact(ContactReport contact) {
		return switch (contact.outcome()) {
			case MATCHED_BY_EMAIL -> "existing card (same email)";
			case MATCHED_BY_NAME -> "existing card (same name and organisation)";
			case NEW -> "new card";
			case NEW_IN_THIS_IMPORT -> "the new card of an item above";
		};
	}

	private static String outcome(ItemReport item, ImportReport report) {
		String state = item.draft() ? "draft" : "published";
		return switch (item.outcome()) {
			case NEW -> "=> " + (report.done() ? "imported as a " : "to import as a ") + state;
			case ALREADY_IMPORTED -> "=> imported before: nothing new";
			case REPEATED -> "=> the same item as one above: nothing new";
			case NOT_PLACED -> "=> not imported: " + item.problem();
		};
	}

	static String summary(ImportReport report) {
		String verb = report.done() ? "Imported " : "Would import ";
		return verb + count(report.created(), report.publish() ? "resource" : "draft") + "; "
				+ report.count(Outcome.ALREADY_IMPORTED) + " imported before, "
				+ (report.count(Outcome.NOT_PLACED) + " not placed, " + report.count(Outcome.REPEATED) + " repeated; ")
				+ count(report.newContacts(), "new contact card") + "; new categories: "
				+ (report.newCategories().isEmpty() ? "none" : String.join(", ", report.newCategories())) + ".";
	}

	private static String count(long count, String what) {
		return count + " " + what + ((count == 1) ? "" : "s");
	}

}
