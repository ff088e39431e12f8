package uk.youthjustice.library.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No resource has the id in the address: the admin pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ResourceNotFoundException extends RuntimeException {

	ResourceNotFoundException(long id) {
		super("No resource with id " + id);
	}

}
