package uk.youthjustice.library.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The manifest of an export, {@code manifest.json} in the zip, as docs/export-format.md
 * describes it. Items refer to one another by their slugs (contact cards too), never by
 * database ids, so the same manifest fits any library.
 *
 * @param formatVersion the format this manifest is written in ({@link #FORMAT_VERSION})
 * @param exportedAt when the export was taken
 * @param generator what wrote it, for people reading the file
 * @param categories the categories
 * @param topics the topics
 * @param evidenceLabels the evidence labels
 * @param contactCards the contact cards
 * @param users the user accounts, without passwords
 * @param resources the resources with their lists, history notes and attachments
 */
record Manifest(Integer formatVersion, Instant exportedAt, String generator, List<Term> categories, List<Term> topics,
		List<Term> evidenceLabels, List<Contact> contactCards, List<User> users, List<Resource> resources) {

	/** The format this library writes and reads. */
	static final int FORMAT_VERSION = 1;

	/** The zip entry holding the manifest. */
	static final String ENTRY = "manifest.json";

	/** The folder of the zip holding attached files, each named by its SHA-256. */
	static final String FILES = "files/";

	Manifest {
		categories = orEmpty(categories);
		topics = orEmpty(topics);
		evidenceLabels = orEmpty(evidenceLabels);
		contactCards = orEmpty(contactCards);
		users = orEmpty(users);
		resources = orEmpty(resources);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** The zip entry for the bytes with this SHA-256. */
	static String fileEntry(String sha256) {
		return FILES + sha256;
	}

	/**
	 * A category, topic or evidence label.
	 *
	 * @param slug its address, the key other items use
	 * @param name its name (for evidence labels, the label)
	 * @param description its description
	 * @param position its place in lists (categories and evidence labels; none for
	 * topics)
	 * @param createdAt when it was created
	 * @param updatedAt when it was last changed
	 */
	record Term(String slug, String name, String description, Integer position, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * A contact card.
	 *
	 * @param slug its address, the key resources use
	 * @param organisation the organisation
	 * @param personName the person
	 * @param role the person's role
	 * @param telephone the telephone number
	 * @param email the email address
	 * @param website the web address
	 * @param region the region
	 * @param lastVerifiedOn when someone last checked it
	 * @param createdAt when it was created
	 * @param createdBy who created it
	 * @param updatedAt when it was last changed
	 * @param modifiedBy who changed it last
	 */
	record Contact(String slug, String organisation, String personName, String role, String telephone, String email,
			String website, String region, LocalDate lastVerifiedOn, Instant createdAt, String createdBy,
			Instant updatedAt, String modifiedBy) {
	}

	/**
	 * A user account without its password.
	 *
	 * @param email the sign-in address, the key
	 * @param displayName the name shown
	 * @param roles EDITOR, ADMIN or both
	 * @param enabled whether the account may sign in
	 * @param createdAt when it was created
	 */
	record User(String email, String displayName, List<String> roles, Boolean enabled, Instant createdAt) {

		User {
			roles = orEmpty(roles);
		}

	}

	/**
	 * A practice example or guidance document, with everything an editor sees on its form
	 * and its public history notes.
	 *
	 * @param slug its address, the key
	 * @param kind PRACTICE_EXAMPLE or GUIDANCE_DOCUMENT
	 * @param status DRAFT, SCHEDULED, PUBLISHED or ARCHIVED
	 * @param title the title
	 * @param summary the summary
	 * @param description the description (Markdown)
	 * @param publishAt when a scheduled resource is to be published
	 * @param publishedAt when it was first published
	 * @param updatedAt the last-updated date shown to readers
	 * @param createdAt when it was created
	 * @param createdBy who created it
	 * @param modifiedAt when it was last saved
	 * @param modifiedBy who saved it last
	 * @param category the slug of its category
	 * @param evidenceLabel the slug of its evidence label
	 * @param ageMin the youngest age it suits
	 * @param ageMax the oldest age it suits
	 * @param sex NOT_APPLICABLE, MALE or FEMALE
	 * @param costKind NOT_STATED, NONE or HAS_COST
	 * @param costText the cost in words
	 * @param aims the aims, in order
	 * @param implementationSteps the implementation steps, in order
	 * @param audience who it is for, in order
	 * @param topics the slugs of its topics
	 * @param contactCards the slugs of its contact cards, in order
	 * @param sourceOrganisation the slug of its source organisation's card
	 * @param publisher the publisher
	 * @param externalUrl the external link
	 * @param replaces the slug of the resource it replaces
	 * @param reviewDueOn when it is due for review
	 * @param changeNotes the public change notes, oldest first
	 * @param previousSlugs its earlier addresses, which still lead to it
	 * @param attachments its files, in order
	 */
	record Resource(String slug, String kind, String status, String title, String summary, String description,
			Instant publishAt, Instant publishedAt, Instant updatedAt, Instant createdAt, String createdBy,
			Instant modifiedAt, String modifiedBy, String category, String evidenceLabel, Integer ageMin,
			Integer ageMax, String sex, String costKind, String costText, List<String> aims,
			List<String> implementationSteps, List<String> audience, List<String> topics, List<String> contactCards,
			String sourceOrganisation, String publisher, String externalUrl, String replaces, LocalDate reviewDueOn,
			List<ChangeNote> changeNotes, List<PreviousSlug> previousSlugs, List<Attachment> attachments) {

		Resource {
			aims = orEmpty(aims);
			implementationSteps = orEmpty(implementationSteps);
			audience = orEmpty(audience);
			topics = orEmpty(topics);
			contactCards = orEmpty(contactCards);
			changeNotes = orEmpty(changeNotes);
			previousSlugs = orEmpty(previousSlugs);
			attachments = orEmpty(attachments);
		}

	}

	/**
	 * A public change note.
	 *
	 * @param changedAt when the change was made
	 * @param note what changed
	 */
	record ChangeNote(Instant changedAt, String note) {
	}

	/**
	 * An earlier address of a resource.
	 *
	 * @param slug the old slug
	 * @param retiredAt when it stopped being the address
	 */
	record PreviousSlug(String slug, Instant retiredAt) {
	}

	/**
	 * An attached file.
	 *
	 * @param title the title readers see
	 * @param fileName the file's name
	 * @param mediaType its media type
	 * @param sizeBytes its length
	 * @param sha256 the SHA-256 of its bytes, lower-case hex
	 * @param file the zip entry holding the bytes, {@code files/<sha256>}
	 * @param accessibleFormatOnRequest whether readers are offered an accessible format
	 * @param downloadCount how often it was downloaded
	 * @param createdAt when it was attached
	 */
	record Attachment(String title, String fileName, String mediaType, Long sizeBytes, String sha256, String file,
			Boolean accessibleFormatOnRequest, Long downloadCount, Instant createdAt) {
	}

}
