package uk.youthjustice.library.attachments.upload;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.io.input.BoundedInputStream;
import org.springframework.util.unit.DataSize;

import uk.youthjustice.library.attachments.UploadRefused;

/**
 * Refuses an upload as soon as it passes the size limit, while it is being read, so an
 * oversize file costs no more than the limit in disk and the rest of its form survives.
 */
public final class SizeLimit {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	private static final long GB = MB * KB;

	private final DataSize limit;

	public SizeLimit(DataSize limit) {
		this.limit = limit;
	}

	/**
	 * Wraps an upload so that reading past the limit fails.
	 * @param content the upload, left open when the wrapper is closed
	 * @param fileName the file's cleaned name, for the refusal
	 * @return the content, failing with {@link UploadRefused} ({@code too-large}) past
	 * the limit
	 * @throws IOException if the wrapper cannot be made
	 */
	public InputStream apply(InputStream content, String fileName) throws IOException {
		// One byte past the limit is how a stream says it is too long.
		return BoundedInputStream.builder()
			.setInputStream(content)
			.setMaxCount(this.limit.toBytes() + 1)
			.setPropagateClose(false)
			.setOnMaxCount((max, count) -> {
				throw new UploadRefused("attachments.refused.too-large", fileName, readable(this.limit));
			})
			.get();
	}

	/** The limit as people write it: "50 MB", "1 GB", "512 KB". */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= GB && bytes % GB == 0) {
			return bytes / GB + " GB";
		}
		if (bytes >= MB && bytes % MB == 0) {
			return bytes / MB + " MB";
		}
		if (bytes >= KB && bytes % KB == 0) {
			return bytes / KB + " KB";
		}
		return bytes + " bytes";
	}

}
