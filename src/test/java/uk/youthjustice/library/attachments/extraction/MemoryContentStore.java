package uk.youthjustice.library.attachments.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.StoredFile;

/** A content store in memory, for extractors that store what they make (thumbnails). */
class MemoryContentStore implements ContentStore {

	private final Map<String, byte[]> files = new ConcurrentHashMap<>();

	@Override
	public StoredFile store(InputStream content, String fileName, String mediaType) throws IOException {
		byte[] bytes = content.readAllBytes();
		String sha256 = sha256(bytes);
		this.files.put(sha256, bytes);
		return new StoredFile(sha256, bytes.length, fileName, mediaType);
	}

	/** Extractors store what they make in one step; nothing here is received to check. */
	@Override
	public Incoming receive(InputStream content) {
		throw new UnsupportedOperationException("In memory only");
	}

	@Override
	public boolean refresh(String sha256) {
		return this.files.containsKey(sha256);
	}

	@Override
	public Stream<StoredContent> list() {
		throw new UnsupportedOperationException("In memory only");
	}

	@Override
	public boolean delete(String sha256, Instant unchangedSince) {
		throw new UnsupportedOperationException("In memory only");
	}

	@Override
	public int discardUnfinished(Instant startedBefore) {
		return 0;
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		byte[] bytes = this.files.get(sha256);
		if (bytes == null) {
			throw new IOException("No content " + sha256);
		}
		return new ByteArrayInputStream(bytes);
	}

	@Override
	public Path path(String sha256) {
		throw new UnsupportedOperationException("In memory only");
	}

	byte[] get(String sha256) {
		return this.files.get(sha256);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
