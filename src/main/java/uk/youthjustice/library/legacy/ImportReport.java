package uk.youthjustice.library.legacy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import uk.youthjustice.library.catalogue.ResourceKind;

/**
 * What an import would do (a dry run) or did: every item of every file with what will
 * become of it.
 *
 * @param files the files in the order given
 * @param publish whether new resources are (to be) published rather than drafts
 * @param done whether this reports an import that was written, not a dry run
 */
record ImportReport(List<FileReport> files, boolean publish, boolean done) {

	/**
	 * One file.
	 *
	 * @param name as uploaded or given
	 * @param encoding how the bytes were read
	 * @param droppedLines noise lines dropped
	 * @param warnings what concerns the page as a whole
	 * @param items its items in page order
	 */
	record FileReport(String name, String encoding, int droppedLines, List<String> warnings, List<ItemReport> items) {
	}

	/** What becomes of an item. */
	enum Outcome {

		/** Imported (or to be). */
		NEW,
		/** Imported by an earlier run: left alone. */
		ALREADY_IMPORTED,
		/** The same item came earlier in this run. */
		REPEATED,
		/** No category or title: reported only. */
		NOT_PLACED

	}

	/** What becomes of a contact block. */
	enum ContactOutcome {

		/** An existing card has the same email address. */
		MATCHED_BY_EMAIL,
		/** An existing card has the same name and organisation. */
		MATCHED_BY_NAME,
		/** A new card. */
		NEW,
		/** A new card that an earlier item of this run makes. */
		NEW_IN_THIS_IMPORT

	}

	/**
	 * A contact block and its card.
	 *
	 * @param label the person and organisation
	 * @param email the address, or {@code null}
	 * @param source whether it is the source organisation
	 * @param outcome which card it becomes
	 */
	record ContactReport(String label, String email, boolean source, ContactOutcome outcome) {
	}

	/**
	 * One item.
	 *
	 * @param line where it starts in its file
	 * @param kind practice example or guidance document
	 * @param title its title, or {@code null}
	 * @param titleFromText whether the title was taken from the opening words
	 * @param opening the start of its text, to find it
	 * @param date its date, or {@code null}
	 * @param category the ‘Published in’ category as written, or {@code null}
	 * @param libraryCategory the library’s category it goes in (an existing one’s name,
	 * or the new one’s), or {@code null}
	 * @param newCategory whether that category is created by the import
	 * @param fields what was found
	 * @param contacts its contact blocks
	 * @param warnings what the parser decided or left out
	 * @param outcome what becomes of it
	 * @param problem why it is not imported, when it is not placed
	 * @param draft whether it is (to be) a draft
	 */
	record ItemReport(int line, ResourceKind kind, String title, boolean titleFromText, String opening,
			LocalDateTime date, String category, String libraryCategory, boolean newCategory, List<String> fields,
			List<ContactReport> contacts, List<String> warnings, Outcome outcome, String problem, boolean draft) {
	}

	public List<ItemReport> items() {
		return this.files.stream().flatMap((file) -> file.items().stream()).toList();
	}

	public long count(Outcome outcome) {
		return items().stream().filter((item) -> item.outcome() == outcome).count();
	}

	/** How many resources the import creates (or created). */
	public long created() {
		return count(Outcome.NEW);
	}

	public long alreadyImported() {
		return count(Outcome.ALREADY_IMPORTED);
	}

	public long notPlaced() {
		return count(Outcome.NOT_PLACED);
	}

	public long repeated() {
		return count(Outcome.REPEATED);
	}

	/** How many contact cards the import creates. */
	public long newContacts() {
		return items().stream()
			.filter((item) -> item.outcome() == Outcome.NEW)
			.flatMap((item) -> item.contacts().stream())
			.filter((contact) -> contact.outcome() == ContactOutcome.NEW)
			.count();
	}

	/** The categories the import creates, by name. */
	public Set<String> newCategories() {
		Set<String> names = new TreeSet<>();
		items().stream()
			.filter((item) -> item.outcome() == Outcome.NEW && item.newCategory())
			.forEach((item) -> names.add(item.libraryCategory()));
		return names;
	}

}
