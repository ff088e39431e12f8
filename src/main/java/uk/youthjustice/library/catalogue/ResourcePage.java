package uk.youthjustice.library.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDetails;
import uk.youthjustice.library.markdown.Links;
import uk.youthjustice.library.markdown.Markdown;

/**
 * Everything a resource's public page shows, read in one transaction. Practice examples
 * fill the practice fields (age range to source organisation), guidance documents the
 * guidance ones (publisher to what replaces it); the template shows what is filled.
 *
 * @param kind practice example or guidance document
 * @param status its workflow status: published, or archived when an editor looks
 * @param slug its address
 * @param title the title
 * @param summary one or two sentences, also the page's description
 * @param descriptionHtml the description, rendered from Markdown and sanitised
 * @param category where it is published
 * @param topics its topics, by name
 * @param evidence the name of its evidence classification, or {@code null}
 * @param ageRange the ages it suits
 * @param sex whom it was designed for
 * @param costKind whether it costs money
 * @param costText what it costs, in the editor's words, or {@code null}
 * @param aims what the practice sets out to do
 * @param implementationSteps how the service put it into practice
 * @param contacts whom to ask about it
 * @param sourceOrganisation the organisation the practice comes from, or {@code null}
 * @param publisher who published a guidance document, or {@code null}
 * @param audience whom a guidance document is for
 * @param externalUrl where to read a guidance document elsewhere (http or https only), or
 * {@code null}
 * @param replaces the earlier resource this one replaces, or {@code null}; without a slug
 * when the public can no longer open it
 * @param replacedBy the public resource that replaces this one, or {@code null}
 * @param attachments its files, in order
 * @param publishedAt when it was published
 * @param changes its public change notes, newest first
 * @param related up to five public resources sharing a topic or a contact, closest first
 * @param lastModified when anything the page shows last changed
 * @param revision what the page shows, in short, for its ETag
 */
public record ResourcePage(ResourceKind kind, ResourceStatus status, String slug, String title, String summary,
		String descriptionHtml, Term category, List<Term> topics, String evidence, AgeRange ageRange, Sex sex,
		CostKind costKind, String costText, List<String> aims, List<String> implementationSteps,
		List<ContactDetails> contacts, ContactDetails sourceOrganisation, String publisher, List<String> audience,
		String externalUrl, Link replaces, Link replacedBy, List<Download> attachments, Instant publishedAt,
		List<Change> changes, List<Link> related, Instant lastModified, String revision) {

	static ResourcePage of(Resource resource, Instant publishedAt, Link replaces, Link replacedBy,
			List<Attachment> files, List<Change> changes, List<Link> related, PageRevision revision) {
		EvidenceClassification evidence = resource.getEvidence();
		ContactCard source = resource.getSourceOrganisation();
		return new ResourcePage(resource.getKind(), resource.getStatus(), resource.getSlug(), resource.getTitle(),
				resource.getSummary(), Markdown.toHtml(resource.getDescription()), Term.of(resource.getCategory()),
				resource.getTopics().stream().map(Term::of).toList(), (evidence != null) ? evidence.getName() : null,
				resource.getAgeRange(), resource.getSex(), resource.getCostKind(), resource.getCostText(),
				List.copyOf(resource.getAims()), List.copyOf(resource.getImplementationSteps()),
				resource.getContacts().stream().map(ContactDetails::of).toList(),
				(source != null) ? ContactDetails.of(source) : null, resource.getPublisher(),
				List.copyOf(resource.getAudience()), Links.webAddress(resource.getExternalUrl()), replaces, replacedBy,
				files.stream().map(Download::of).toList(), publishedAt, changes, related, revision.lastModified(),
				revision.identity());
	}

	/** The newest public change note, shown as "Last updated", or {@code null}. */
	public Change lastUpdate() {
		return this.changes.isEmpty() ? null : this.changes.get(0);
	}

	public boolean isArchived() {
		return this.status == ResourceStatus.ARCHIVED;
	}

	/**
	 * A weak entity tag for the page: a hash of what it shows and of the release, since a
	 * new release may render the same content differently. Weak, because the same content
	 * may be sent compressed or not.
	 */
	public String etag(String release) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha.digest((this.revision + "|" + release).getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A category or topic as a link.
	 *
	 * @param slug its address
	 * @param name its name
	 */
	public record Term(String slug, String name) {

		static Term of(TaxonomyTerm term) {
			return new Term(term.getSlug(), term.getName());
		}

	}

	/**
	 * Another resource as a link.
	 *
	 * @param slug its address, or {@code null} when the public cannot open it
	 * @param title its title
	 * @param kind practice example or guidance document
	 * @param publishedAt when it was published
	 * @param modifiedAt when it last changed
	 */
	public record Link(String slug, String title, ResourceKind kind, Instant publishedAt, Instant modifiedAt) {
	}

	/**
	 * A public note of a change.
	 *
	 * @param at when the change was made
	 * @param note what changed
	 */
	public record Change(Instant at, String note) {
	}

	/**
	 * An attachment as the GOV.UK attachment block shows it: its type, size and pages.
	 *
	 * @param id the attachment's id, part of its download address
	 * @param title what the file is
	 * @param fileName the file's name, the end of its download address
	 * @param type what sort of file it is
	 * @param sizeBytes its size
	 * @param pageCount how many pages it has, or {@code null} when not known
	 * @param hasThumbnail whether a picture of its first page can be shown
	 * @param mayNotBeAccessible whether it may not suit assistive technology (the editor
	 * said so, or it is a scan without text), so readers are offered an accessible format
	 */
	public record Download(Long id, String title, String fileName, FileType type, long sizeBytes, Integer pageCount,
			boolean hasThumbnail, boolean mayNotBeAccessible) {

		private static final String[] UNITS = { "BYTES", "KB", "MB", "GB" };

		private static final double STEP = 1024;

		static Download of(Attachment attachment) {
			return new Download(attachment.getId(), attachment.getTitle(), attachment.getFileName(),
					FileType.of(attachment.getMediaType()), attachment.getSizeBytes(), attachment.getPageCount(),
					attachment.getThumbnailSha256() != null, attachment.isAccessibleFormatOnRequest()
							|| attachment.getExtractionStatus() == ExtractionStatus.NO_TEXT_LAYER);
		}

		/** The unit that keeps the size under 1,024 of it: BYTES, KB, MB or GB. */
		public String sizeUnit() {
			return UNITS[unitIndex()];
		}

		/** The size in {@link #sizeUnit()}, for showing to one decimal place. */
		public double sizeAmount() {
			return this.sizeBytes / Math.pow(STEP, unitIndex());
		}

		private int unitIndex() {
			int index = 0;
			double size = this.sizeBytes;
			while (size >= STEP && index < UNITS.length - 1) {
				size /= STEP;
				index++;
			}
			return index;
		}

	}

	/** The sorts of file a reader may want to know about before downloading. */
	public enum FileType {

		PDF, WORD, OPEN_DOCUMENT_TEXT, SPREADSHEET, PRESENTATION, CSV, TEXT, OTHER;

		static FileType of(String mediaType) {
			String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
			if (type.equals("application/pdf")) {
				return PDF;
			}
			if (type.equals("application/msword") || type.contains("wordprocessingml")) {
				return WORD;
			}
			if (type.equals("application/vnd.oasis.opendocument.text")) {
				return OPEN_DOCUMENT_TEXT;
			}
			if (type.equals("application/vnd.ms-excel") || type.contains("spreadsheetml")) {
				return SPREADSHEET;
			}
			if (type.contains("presentationml")) {
				return PRESENTATION;
			}
			if (type.equals("text/csv")) {
				return CSV;
			}
			return type.equals("text/plain") ? TEXT : OTHER;
		}

	}

}
