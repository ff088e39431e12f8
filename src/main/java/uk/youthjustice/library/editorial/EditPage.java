package uk.youthjustice.library.editorial;

import java.time.Instant;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * A resource as its edit form shows it.
 *
 * @param id the resource's id
 * @param kind practice example or guidance document
 * @param status where it is in the workflow
 * @param title its saved title
 * @param version its saved version
 * @param modifiedBy the email address of whoever saved it last, if known
 * @param modifiedAt when it was saved last
 * @param form the form filled in from what is saved
 */
public record EditPage(long id, ResourceKind kind, ResourceStatus status, String title, long version, String modifiedBy,
		Instant modifiedAt, ResourceForm form) {

	/** A change to a published resource needs a public change note, or "minor change". */
	public boolean asksForChangeNote() {
		return this.status == ResourceStatus.PUBLISHED;
	}

}
