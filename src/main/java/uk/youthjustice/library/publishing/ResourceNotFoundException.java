package uk.youthjustice.library.publishing;

/** No resource has the given id. */
public class ResourceNotFoundException extends RuntimeException {

	ResourceNotFoundException(Long id) {
		super("No resource with id " + id);
	}

}
