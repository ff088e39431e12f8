package uk.youthjustice.library.attachments;

/**
 * Bytes safely in the content store.
 *
 * @param sha256 the content's SHA-256 in lower-case hex, which is also its address
 * @param sizeBytes the length of the content
 * @param fileName the name the uploader gave it
 * @param mediaType the media type of the content
 */
public record StoredFile(String sha256, long sizeBytes, String fileName, String mediaType) {
}
