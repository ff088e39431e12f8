package uk.youthjustice.library.attachments.download;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

import uk.youthjustice.library.attachments.ContentStore;

/**
 * Stored bytes as a Spring {@code Resource} of known length, opened afresh for each read.
 * Spring MVC serves a range by skipping to its start, and the file store's streams skip
 * by moving the file position, so the bytes before a range are never read.
 */
final class StoredContent extends AbstractResource {

	private final ContentStore store;

	private final String sha256;

	private final long size;

	StoredContent(ContentStore store, String sha256, long size) {
		this.store = store;
		this.sha256 = sha256;
		this.size = size;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return this.store.open(this.sha256);
	}

	@Override
	public long contentLength() {
		return this.size;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getDescription() {
		return "stored content " + this.sha256;
	}

}
