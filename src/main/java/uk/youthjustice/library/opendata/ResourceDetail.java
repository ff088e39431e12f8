package uk.youthjustice.library.opendata;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.youthjustice.library.opendata.ResourceItem.Ages;
import uk.youthjustice.library.opendata.ResourceItem.Cost;
import uk.youthjustice.library.opendata.ResourceItem.ResourceLinks;
import uk.youthjustice.library.opendata.ResourceItem.Term;

/**
 * A public resource with everything its page shows. Practice examples fill the practice
 * fields (ages to source organisation), guidance documents the guidance ones (publisher
 * to external URL); empty ones are {@code null} or empty lists.
 *
 * @param slug its address
 * @param type {@code practice-example} or {@code guidance}
 * @param title the title
 * @param summary one or two sentences, or {@code null}
 * @param descriptionHtml the description as sanitised HTML, or {@code null}
 * @param category the category it is published in
 * @param topics its topics
 * @param evidence its evidence label, or {@code null}
 * @param ages the ages it suits
 * @param sex whom it was designed for
 * @param cost whether it costs money
 * @param aims what the practice sets out to do
 * @param implementationSteps how the service put it into practice
 * @param contacts whom to ask about it
 * @param sourceOrganisation the organisation it comes from, or {@code null}
 * @param publisher who published a guidance document, or {@code null}
 * @param audience whom a guidance document is for
 * @param externalUrl where to read a guidance document elsewhere, or {@code null}
 * @param replaces the earlier resource it replaces, or {@code null}
 * @param replacedBy the resource that replaces it, or {@code null}
 * @param attachments its files, in order
 * @param changes its public change notes, newest first
 * @param related public resources sharing a topic or a contact, closest first
 * @param publishedAt when it was first published
 * @param updatedAt when it last changed in public: its latest change note, else its
 * publication
 * @param links where to find it
 */
record ResourceDetail(String slug, @Schema(allowableValues = {
		"practice-example", "guidance" }) String type, String title, String summary, String descriptionHtml,
		Term category, List<Term> topics, Term evidence, Ages ages,
		@Schema(allowableValues = { "not-applicable", "male", "female" }) String sex, Cost cost, List<String> aims,
		List<String> implementationSteps, List<ContactItem> contacts, ContactItem sourceOrganisation, String publisher,
		List<String> audience, String externalUrl, ResourceReference replaces, ResourceReference replacedBy,
		List<AttachmentItem> attachments, List<ChangeItem> changes, List<ResourceReference> related,
		Instant publishedAt, Instant updatedAt, ResourceLinks links){

	/**
	 * Another resource, by name.
	 *
	 * @param slug its address, or {@code null} when the public can no longer open it
	 * @param title its title
	 * @param type {@code practice-example} or {@code guidance}
	 * @param links where to find it, or {@code null} when the public cannot open it
	 */
	record ResourceReference(String slug, String title, String type, ResourceLinks links) {
	}

	/**
	 * An attached file.
	 *
	 * @param title what the file is
	 * @param fileName its name
	 * @param mediaType its media type, read from its content
	 * @param sizeBytes its size in bytes
	 * @param pageCount how many pages it has, or {@code null} when not known
	 * @param mayNotBeAccessible whether it may not suit assistive technology (an
	 * accessible format can be asked for)
	 * @param downloadUrl where to download it
	 * @param thumbnailUrl a picture of its first page, or {@code null}
	 */
	record AttachmentItem(String title, String fileName, String mediaType, long sizeBytes, Integer pageCount,
			boolean mayNotBeAccessible, String downloadUrl, String thumbnailUrl) {
	}

	/**
	 * A public note of a change.
	 *
	 * @param at when it was made
	 * @param note what changed
	 */
	record ChangeItem(Instant at, String note) {
	}

}
