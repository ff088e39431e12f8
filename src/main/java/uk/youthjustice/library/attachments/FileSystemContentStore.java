package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps content under {@code <root>/ab/cd/abcd…}: written to a temporary file, flushed to
 * disk and moved into place atomically, so a crash never leaves a half-written file under
 * a real address.
 */
class FileSystemContentStore implements ContentStore {

	private final Path root;

	FileSystemContentStore(Path root) {
		this.root = root;
	}

	@Override
	public StoredFile store(InputStream content, String fileName, String mediaType) throws IOException {
		Path incoming = this.root.resolve("incoming");
		Files.createDirectories(incoming);
		Path temporary = Files.createTempFile(incoming, "upload-", ".tmp");
		try {
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = content.transferTo(out);
			}
			forceToDisk(temporary);
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = path(hash);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				moveAtomically(temporary, target);
			}
			return new StoredFile(hash, size, fileName, mediaType);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	@Override
	public Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256 address: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void forceToDisk(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private static void moveAtomically(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
