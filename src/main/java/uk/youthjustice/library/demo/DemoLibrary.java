package uk.youthjustice.library.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shape of {@code demo/library.json}: the demo content, written for this library.
 *
 * @param categories where resources are published
 * @param topics subjects across categories
 * @param evidenceClassifications evidence labels, strongest first
 * @param contacts contact cards
 * @param documents texts to lay out as PDF attachments, a section a page
 * @param resources practice examples and guidance documents
 */
record DemoLibrary(List<Term> categories, List<Term> topics, List<Term> evidenceClassifications, List<Contact> contacts,
		List<Document> documents, List<Item> resources) {

	record Term(String slug, String name, String label, String description) {

		String displayName() {
			return (this.name != null) ? this.name : this.label;
		}

	}

	record Contact(String key, String slug, String organisation, String personName, String role, String telephone,
			String email, String website, String region, LocalDate lastVerifiedOn) {
	}

	record Document(String key, String title, String author, List<Section> sections) {

		record Section(String heading, List<String> paragraphs) {
		}

	}

	record Item(String kind, String slug, String title, String status, Instant publishedAt, Instant publishAt,
			String category, List<String> topics, String summary, String description, String evidence, Integer ageMin,
			Integer ageMax, String sex, String costKind, String costText, List<String> aims,
			List<String> implementationSteps, List<String> contacts, String sourceOrganisation, String publisher,
			List<String> audience, String externalUrl, String replaces, LocalDate reviewDueOn,
			List<ChangeNote> changeNotes, List<AttachmentRef> attachments) {

		record ChangeNote(Instant at, String note) {
		}

		/**
		 * A document attached to a demo resource.
		 *
		 * @param document the key of the document to lay out as a PDF
		 * @param title what readers see
		 * @param accessibleFormatOnRequest whether readers are offered an accessible
		 * format
		 */
		record AttachmentRef(String document, String title, boolean accessibleFormatOnRequest) {
		}

	}

}
