package uk.youthjustice.library.attachments;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where attachment bytes are kept, addressed by their SHA-256 so identical files are kept
 * once. The file system implementation is the default; an object store can be added
 * behind the same interface.
 * <p>
 * Content is written in two steps, {@link #receive} then {@link Incoming#keep}, so that
 * it can be checked before it gets an address: a file refused in between leaves nothing
 * behind. Stored content carries the time it was last stored or {@linkplain #refresh
 * refreshed}; the orphan sweep deletes only content untouched for a grace period, so
 * bytes a new attachment is about to use are never swept.
 */
public interface ContentStore {

	/**
	 * Receives content into a temporary place, not yet under its address.
	 * @param content the bytes, read to the end but not closed
	 * @return the received content, to keep or to close (which discards it)
	 * @throws IOException if the content could not be written or reading it failed;
	 * nothing is left behind
	 */
	Incoming receive(InputStream content) throws IOException;

	/**
	 * Receives and keeps content in one step, for content that needs no check (such as
	 * thumbnails the library makes itself).
	 * @param content the bytes, read to the end but not closed
	 * @param fileName the name the file goes by
	 * @param mediaType the media type of the content
	 * @return where the content now is
	 * @throws IOException if the content could not be stored; nothing is left behind
	 */
	default StoredFile store(InputStream content, String fileName, String mediaType) throws IOException {
		try (Incoming incoming = receive(content)) {
			return incoming.keep(fileName, mediaType);
		}
	}

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

	/**
	 * Marks stored content as wanted now, so the orphan sweep leaves it for another grace
	 * period.
	 * @param sha256 the content's address
	 * @return false when no such content is stored
	 * @throws IOException if the content could not be marked
	 */
	boolean refresh(String sha256) throws IOException;

	/**
	 * Everything stored, with when each was last stored or refreshed.
	 * @return a stream to be closed by the caller
	 * @throws IOException if the store could not be read
	 */
	Stream<StoredContent> list() throws IOException;

	/**
	 * Deletes stored content, unless it was stored or refreshed since the given time (it
	 * has been wanted again since the caller looked).
	 * @param sha256 the content's address
	 * @param unchangedSince delete only when last stored or refreshed before this
	 * @return whether the content was deleted
	 * @throws IOException if it could not be deleted
	 */
	boolean delete(String sha256, Instant unchangedSince) throws IOException;

	/**
	 * Discards content received but neither kept nor discarded, such as uploads cut off
	 * by a crash.
	 * @param startedBefore discard only what was started before this
	 * @return how many were discarded
	 * @throws IOException if the store could not be read
	 */
	int discardUnfinished(Instant startedBefore) throws IOException;

	/**
	 * Content received but not yet kept. Closing it discards it unless it was kept.
	 */
	interface Incoming extends Closeable {

		/** The content's SHA-256 in lower-case hex, the address it will be kept under. */
		String sha256();

		long sizeBytes();

		/** The received bytes as a local file, to be checked before they are kept. */
		Path path();

		/**
		 * Moves the content durably to its address, or refreshes the content already
		 * there.
		 * @param fileName the name the file goes by
		 * @param mediaType the media type of the content
		 * @return the stored file
		 * @throws IOException if it could not be kept
		 */
		StoredFile keep(String fileName, String mediaType) throws IOException;

	}

	/**
	 * Content in the store.
	 *
	 * @param sha256 its address
	 * @param lastStored when it was last stored or refreshed
	 * @param sizeBytes its length
	 */
	record StoredContent(String sha256, Instant lastStored, long sizeBytes) {
	}

}
