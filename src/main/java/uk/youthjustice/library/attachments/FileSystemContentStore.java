package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps content under {@code <root>/ab/cd/abcd…}: written to a temporary file in
 * {@code <root>/incoming}, flushed to disk and moved into place atomically, so a crash
 * never leaves a half-written file under a real address. A file's modification time is
 * when it was last stored or refreshed.
 */
class FileSystemContentStore implements ContentStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final String INCOMING = "incoming";

	private final Path root;

	private final Clock clock;

	/**
	 * Keeping content and deleting it take the lock of its address, so that a sweep
	 * cannot delete bytes between a store finding them already there and refreshing them.
	 */
	private final ReentrantLock[] locks = new ReentrantLock[64];

	FileSystemContentStore(Path root, Clock clock) {
		this.root = root;
		this.clock = clock;
		for (int i = 0; i < this.locks.length; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	@Override
	public Incoming receive(InputStream content) throws IOException {
		Path incoming = this.root.resolve(INCOMING);
		Files.createDirectories(incoming);
		Path temporary = Files.createTempFile(incoming, "upload-", ".tmp");
		try {
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = content.transferTo(out);
			}
			forceToDisk(temporary);
			return new FileIncoming(temporary, HexFormat.of().formatHex(digest.digest()), size);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	@Override
	public Path path(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 address: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	@Override
	public boolean refresh(String sha256) throws IOException {
		Path target = path(sha256);
		ReentrantLock lock = lockFor(sha256);
		lock.lock();
		try {
			if (!Files.isRegularFile(target)) {
				return false;
			}
			Files.setLastModifiedTime(target, FileTime.from(this.clock.instant()));
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public Stream<StoredContent> list() throws IOException {
		if (!Files.isDirectory(this.root)) {
			return Stream.empty();
		}
		return Files
			.find(this.root, 3,
					(file, attributes) -> attributes.isRegularFile()
							&& SHA256.matcher(file.getFileName().toString()).matches()
							&& !file.startsWith(this.root.resolve(INCOMING)))
			.flatMap(this::described);
	}

	private Stream<StoredContent> described(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return Stream.of(new StoredContent(file.getFileName().toString(), attributes.lastModifiedTime().toInstant(),
					attributes.size()));
		}
		catch (NoSuchFileException ex) {
			// Deleted since the directory was read.
			return Stream.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean delete(String sha256, Instant unchangedSince) throws IOException {
		Path target = path(sha256);
		ReentrantLock lock = lockFor(sha256);
		lock.lock();
		try {
			if (!Files.isRegularFile(target)
					|| !Files.getLastModifiedTime(target).toInstant().isBefore(unchangedSince)) {
				return false;
			}
			Files.delete(target);
			forceDirectoryToDisk(target.getParent());
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public int discardUnfinished(Instant startedBefore) throws IOException {
		Path incoming = this.root.resolve(INCOMING);
		if (!Files.isDirectory(incoming)) {
			return 0;
		}
		int discarded = 0;
		try (Stream<Path> files = Files.list(incoming)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(startedBefore)
						&& Files.deleteIfExists(file)) {
					discarded++;
				}
			}
		}
		return discarded;
	}

	private StoredFile keep(Path temporary, String hash, long size, String fileName, String mediaType)
			throws IOException {
		Path target = path(hash);
		ReentrantLock lock = lockFor(hash);
		lock.lock();
		try {
			if (Files.isRegularFile(target)) {
				// Kept once; this upload only tells the sweep the bytes are wanted again.
				Files.setLastModifiedTime(target, FileTime.from(this.clock.instant()));
			}
			else {
				Path shard = target.getParent();
				boolean newShard = !Files.isDirectory(shard);
				Files.createDirectories(shard);
				Files.setLastModifiedTime(temporary, FileTime.from(this.clock.instant()));
				moveAtomically(temporary, target);
				forceDirectoryToDisk(shard);
				if (newShard) {
					forceDirectoryToDisk(shard.getParent());
					forceDirectoryToDisk(this.root);
				}
			}
			return new StoredFile(hash, size, fileName, mediaType);
		}
		finally {
			lock.unlock();
		}
	}

	private ReentrantLock lockFor(String sha256) {
		return this.locks[Integer.parseInt(sha256.substring(0, 2), 16) % this.locks.length];
	}

	private static void forceToDisk(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/**
	 * Makes a new or removed directory entry durable. Where the platform cannot open a
	 * directory (Windows), the move itself is all there is.
	 */
	private static void forceDirectoryToDisk(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not supported here; nothing more can be done.
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

	private final class FileIncoming implements Incoming {

		private final Path temporary;

		private final String sha256;

		private final long sizeBytes;

		FileIncoming(Path temporary, String sha256, long sizeBytes) {
			this.temporary = temporary;
			this.sha256 = sha256;
			this.sizeBytes = sizeBytes;
		}

		@Override
		public String sha256() {
			return this.sha256;
		}

		@Override
		public long sizeBytes() {
			return this.sizeBytes;
		}

		@Override
		public Path path() {
			return this.temporary;
		}

		@Override
		public StoredFile keep(String fileName, String mediaType) throws IOException {
			return FileSystemContentStore.this.keep(this.temporary, this.sha256, this.sizeBytes, fileName, mediaType);
		}

		@Override
		public void close() throws IOException {
			Files.deleteIfExists(this.temporary);
		}

	}

}
