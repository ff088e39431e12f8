package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes are kept, addressed by their SHA-256 so identical files are kept
 * once. The file system implementation is the default; an object store can be added
 * behind the same interface.
 */
public interface ContentStore {

	/**
	 * Stores the content durably before returning.
	 * @param content the bytes, read to the end but not closed
	 * @param fileName the name the uploader gave the file
	 * @param mediaType the media type of the content
	 * @return where the content now is
	 * @throws IOException if the content could not be stored; nothing is left behind
	 */
	StoredFile store(InputStream content, String fileName, String mediaType) throws IOException;

	/**
	 * Opens stored content for reading.
	 * @param sha256 the content's address
	 * @return a new stream, to be closed by the caller
	 * @throws IOException if the content is missing or unreadable
	 */
	InputStream open(String sha256) throws IOException;

	/**
	 * The stored content as a local file, for libraries that read files best.
	 * @param sha256 the content's address
	 * @return the file's path
	 */
	Path path(String sha256);

}
