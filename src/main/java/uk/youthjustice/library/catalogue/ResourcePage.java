package uk.youthjustice.library.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.attachments.FileKind;
import uk.youthjustice.library.attachments.FileSize;
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
	 * An attachment as the GOV.UK attachment block shows it: its kind, size and pages.
	 *
	 * @param title what the file is
	 * @param fileName the file's name, as the mail asking for an accessible format names
	 * it
	 * @param path where it is downloaded
	 * @param thumbnailPath where the picture of its first page is, or {@code null}
	 * @param kind what sort of file it is
	 * @param size its size
	 * @param pageCount how many pages it has, or {@code null} when not known
	 * @param mayNotBeAccessible whether it may not suit assistive technology (the editor
	 * said so, or it is a scan without text), so readers are offered an accessible format
	 * @param mediaType its media type, as read from its content
	 */
	public record Download(String title, String fileName, String path, String thumbnailPath, FileKind kind,
			FileSize size, Integer pageCount, boolean mayNotBeAccessible, String mediaType) {

		static Download of(Attachment attachment) {
			return new Download(attachment.getTitle(), attachment.getFileName(), attachment.getDownloadPath(),
					attachment.getThumbnailPath(), attachment.getKind(), attachment.getSize(),
					attachment.getPageCount(),
					attachment.isAccessibleFormatOnRequest()
							|| attachment.getExtractionStatus() == ExtractionStatus.NO_TEXT_LAYER,
					attachment.getMediaType());
		}

	}

}
