package uk.youthjustice.library.attachments.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.ContentStore;

/**
 * A resource's files as one zip archive, written straight to the response: each file is
 * copied from the store a buffer at a time, so neither a temporary file nor a whole file
 * in memory is needed.
 */
public final class AttachmentZip {

	/** Longest entry name, as most file systems allow. */
	static final int MAX_NAME = 255;

	private AttachmentZip() {
	}

	/**
	 * Writes the archive.
	 * @param attachments the files, in the order they appear
	 * @param store where their bytes are
	 * @param out where the archive goes; finished, not closed
	 * @throws IOException if a file cannot be read or the archive not written
	 */
	public static void write(List<Attachment> attachments, ContentStore store, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		Set<String> used = new HashSet<>();
		for (Attachment attachment : attachments) {
			ZipEntry entry = new ZipEntry(uniqueName(entryName(attachment), used));
			if (attachment.getCreatedAt() != null) {
				entry.setLastModifiedTime(FileTime.from(attachment.getCreatedAt()));
			}
			// Office files, PDFs and pictures are compressed already: storing them costs
			// no CPU and hardly any size.
			zip.setLevel(attachment.getMediaType().startsWith("text/") ? Deflater.DEFAULT_COMPRESSION
					: Deflater.NO_COMPRESSION);
			zip.putNextEntry(entry);
			try (InputStream content = store.open(attachment.getSha256())) {
				content.transferTo(zip);
			}
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	/**
	 * A file's name as an entry name: only its last part, so no entry can point outside
	 * the folder it is unpacked into, without control characters.
	 */
	static String entryName(Attachment attachment) {
		String name = attachment.getFileName();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "_")
			.strip();
		if (name.isEmpty() || name.chars().allMatch((c) -> c == '.')) {
			return "attachment-" + attachment.getId();
		}
		if (name.length() <= MAX_NAME) {
			return name;
		}
		int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
		return name.substring(0, end);
	}

	/**
	 * The name, or with " (2)", " (3)"… before its extension when taken, comparing
	 * without case as Windows and macOS do.
	 */
	static String uniqueName(String name, Set<String> used) {
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		String candidate = name;
		for (int copy = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
			candidate = stem + " (" + copy + ")" + extension;
		}
		return candidate;
	}

}
