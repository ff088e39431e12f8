package uk.youthjustice.library.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The resource in the address has no attachment with the id in it (none at all, or it
 * belongs to another resource): 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AttachmentNotFoundException extends RuntimeException {

	AttachmentNotFoundException(long resourceId, long attachmentId) {
		super("Resource " + resourceId + " has no attachment " + attachmentId);
	}

}
