package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keeps content in an S3 bucket under {@code <prefix>ab/cd/abcd…}, so that every node of
 * a library sees every file. An object's last-modified time is when it was last stored or
 * refreshed (a refresh copies the object onto itself). Uploads are received and checked
 * in this node's directory first, as on the file system; that directory also keeps a copy
 * of what libraries that read files (text extraction) need, fetched when first asked for
 * and let go after the orphan grace period.
 */
class S3ContentStore implements ContentStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	/** Incoming uploads and the copies of objects read as files. */
	private final FileSystemContentStore local;

	private final Clock clock;

	S3ContentStore(S3Client s3, String bucket, String prefix, Path localDirectory, Clock clock) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
		this.local = new FileSystemContentStore(localDirectory, clock);
		this.clock = clock;
	}

	@Override
	public Incoming receive(InputStream content) throws IOException {
		return new S3Incoming(this.local.receive(content));
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		String key = key(sha256);
		try {
			return this.s3.getObject((get) -> get.bucket(this.bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
	}

	/** A local copy of the object, fetched the first time it is asked for. */
	@Override
	public Path path(String sha256) {
		Path copy = this.local.path(sha256);
		if (!copy.toFile().isFile()) {
			try (InputStream in = open(sha256); Incoming fetched = this.local.receive(in)) {
				fetched.keep(sha256, "application/octet-stream");
			}
			catch (IOException ex) {
				// The caller reads the path and reports a missing file as it would on
				// the file system.
				return copy;
			}
		}
		return copy;
	}

	@Override
	public boolean refresh(String sha256) throws IOException {
		if (head(sha256) == null) {
			return false;
		}
		touch(sha256);
		this.local.refresh(sha256);
		return true;
	}

	@Override
	public Stream<StoredContent> list() throws IOException {
		try {
			return this.s3.listObjectsV2Paginator((list) -> list.bucket(this.bucket).prefix(this.prefix))
				.contents()
				.stream()
				.flatMap(this::described);
		}
		catch (SdkException ex) {
			throw new IOException("Could not list bucket " + this.bucket, ex);
		}
	}

	private Stream<StoredContent> described(S3Object object) {
		String name = object.key().substring(object.key().lastIndexOf('/') + 1);
		return SHA256.matcher(name).matches() ? Stream.of(new StoredContent(name, object.lastModified(), object.size()))
				: Stream.empty();
	}

	/**
	 * Deletes the object unless it was stored or refreshed since. Another node refreshing
	 * it between the check and the delete is not excluded (S3 has no conditional delete
	 * on the time): the window is one request long, the object must have been unwanted
	 * for the whole grace period before, and the upload that refreshed it stores it
	 * again.
	 */
	@Override
	public boolean delete(String sha256, Instant unchangedSince) throws IOException {
		HeadObjectResponse head = head(sha256);
		if (head == null || !head.lastModified().isBefore(unchangedSince)) {
			return false;
		}
		try {
			this.s3.deleteObject((delete) -> delete.bucket(this.bucket).key(key(sha256)));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete " + key(sha256) + " from bucket " + this.bucket, ex);
		}
		this.local.delete(sha256, Instant.MAX);
		return true;
	}

	/**
	 * Discards unfinished uploads, and local copies nobody has stored or refreshed since.
	 */
	@Override
	public int discardUnfinished(Instant startedBefore) throws IOException {
		try (Stream<StoredContent> copies = this.local.list()) {
			for (StoredContent copy : (Iterable<StoredContent>) copies::iterator) {
				this.local.delete(copy.sha256(), startedBefore);
			}
		}
		return this.local.discardUnfinished(startedBefore);
	}

	/**
	 * Whether the bucket can be reached, for the readiness check.
	 * @return {@code null} when it can, else what is wrong
	 */
	String problem() {
		try {
			this.s3.headBucket((head) -> head.bucket(this.bucket));
			return null;
		}
		catch (SdkException ex) {
			return "bucket " + this.bucket + ": " + ex.getMessage();
		}
	}

	private HeadObjectResponse head(String sha256) throws IOException {
		try {
			return this.s3.headObject((head) -> head.bucket(this.bucket).key(key(sha256)));
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return null;
			}
			throw new IOException("Could not look up " + key(sha256) + " in bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new IOException("Could not look up " + key(sha256) + " in bucket " + this.bucket, ex);
		}
	}

	/** Copies the object onto itself, which gives it a new last-modified time. */
	private void touch(String sha256) throws IOException {
		String key = key(sha256);
		try {
			this.s3.copyObject((copy) -> copy.sourceBucket(this.bucket)
				.sourceKey(key)
				.destinationBucket(this.bucket)
				.destinationKey(key)
				.metadataDirective(MetadataDirective.REPLACE)
				.metadata(Map.of("refreshed", this.clock.instant().toString())));
		}
		catch (SdkException ex) {
			throw new IOException("Could not refresh " + key + " in bucket " + this.bucket, ex);
		}
	}

	private String key(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 address: " + sha256);
		}
		return this.prefix + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	private final class S3Incoming implements Incoming {

		private final Incoming received;

		S3Incoming(Incoming received) {
			this.received = received;
		}

		@Override
		public String sha256() {
			return this.received.sha256();
		}

		@Override
		public long sizeBytes() {
			return this.received.sizeBytes();
		}

		@Override
		public Path path() {
			return this.received.path();
		}

		/** Uploads the bytes unless the bucket has them, then keeps the local copy. */
		@Override
		public StoredFile keep(String fileName, String mediaType) throws IOException {
			String sha256 = sha256();
			if (head(sha256) != null) {
				touch(sha256);
			}
			else {
				try {
					S3ContentStore.this.s3.putObject((put) -> put.bucket(S3ContentStore.this.bucket)
						.key(key(sha256))
						.contentType(mediaType)
						.contentLength(sizeBytes()), RequestBody.fromFile(path()));
				}
				catch (SdkException ex) {
					throw new IOException("Could not store " + key(sha256) + " in bucket " + S3ContentStore.this.bucket,
							ex);
				}
			}
			this.received.keep(fileName, mediaType);
			return new StoredFile(sha256, sizeBytes(), fileName, mediaType);
		}

		@Override
		public void close() throws IOException {
			this.received.close();
		}

	}

}
