package uk.youthjustice.library.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Uploads are checked before they are stored, identical bytes are kept once, and the
 * orphan sweep removes only bytes no attachment uses once they have been left alone.
 */
@WithLibrary
class ContentStorageIT {

	private static final Duration LONG_AGO = Duration.ofDays(3);

	@Autowired
	Attachments attachments;

	@Autowired
	ExtractionWorker extraction;

	@Autowired
	ContentStore store;

	@Autowired
	OrphanSweep sweep;

	@Autowired
	AttachmentsProperties properties;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Autowired
	AttachmentRepository repository;

	@Autowired
	TransactionTemplate transaction;

	private Long resourceId;

	private final List<Long> attached = new ArrayList<>();

	@BeforeEach
	void resource() {
		this.resourceId = this.catalogue.findResource("leeds-yjs-resettlement-policy").orElseThrow().getId();
	}

	@AfterEach
	void detach() {
		this.attached.forEach(this.attachments::remove);
	}

	@Test
	void identicalUploadsAreStoredOnce() throws IOException {
		byte[] pdf = uniquePdf();

		StoredFile first = this.attachments.receive("policy.pdf", new ByteArrayInputStream(pdf));
		StoredFile second = this.attachments.receive("copy of policy.pdf", new ByteArrayInputStream(pdf));

		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.fileName()).isEqualTo("copy of policy.pdf");
		assertThat(stored().stream().filter(first.sha256()::equals)).hasSize(1);
		assertThat(Files.readAllBytes(this.store.path(first.sha256()))).isEqualTo(pdf);
		assertThat(incoming()).isEmpty();
	}

	@Test
	void aRefusedUploadLeavesNothingStored() throws IOException {
		Set<String> before = stored();

		assertThatExceptionOfType(UploadRefused.class)
			.isThrownBy(
					() -> this.attachments.receive("report.docx", new ByteArrayInputStream(TestFiles.windowsProgram())))
			.satisfies((refused) -> assertThat(refused.getCode()).isEqualTo("attachments.refused.mismatch"));
		assertThatExceptionOfType(UploadRefused.class)
			.isThrownBy(() -> this.attachments.receive("empty.pdf", InputStream.nullInputStream()))
			.satisfies((refused) -> assertThat(refused.getCode()).isEqualTo("attachments.refused.empty"));

		assertThat(stored()).isEqualTo(before);
		assertThat(incoming()).isEmpty();
	}

	@Test
	void anOversizeUploadIsRefusedWhileStreamingAndLeavesNothing() throws IOException {
		Set<String> before = stored();
		long limit = this.properties.maxFileSize().toBytes();
		RepeatingStream oversize = new RepeatingStream(limit + 5 * 1024 * 1024);

		assertThatExceptionOfType(UploadRefused.class).isThrownBy(() -> this.attachments.receive("huge.txt", oversize))
			.satisfies((refused) -> {
				assertThat(refused.getCode()).isEqualTo("attachments.refused.too-large");
				assertThat(refused.getArguments()).containsExactly("huge.txt", "50 MB");
			});

		assertThat(oversize.read).as("bytes read before refusing").isLessThan(limit + 1024 * 1024);
		assertThat(stored()).isEqualTo(before);
		assertThat(incoming()).isEmpty();
	}

	@Test
	void storingIdenticalContentAgainRefreshesItsTime() throws IOException {
		byte[] pdf = uniquePdf();
		StoredFile file = this.attachments.receive("policy.pdf", new ByteArrayInputStream(pdf));
		age(file.sha256());

		this.attachments.receive("again.pdf", new ByteArrayInputStream(pdf));

		assertThat(lastStored(file.sha256())).isAfter(this.clock.instant().minus(Duration.ofMinutes(1)));
	}

	@Test
	void findingAReceivedFileAgainRefreshesItsTimeAndChecksItAgain() throws IOException {
		StoredFile file = this.attachments.receive("policy.pdf", new ByteArrayInputStream(uniquePdf()));
		age(file.sha256());

		assertThat(this.attachments.received(file.sha256(), "policy.pdf")).contains(file);
		assertThat(lastStored(file.sha256())).isAfter(this.clock.instant().minus(Duration.ofMinutes(1)));
		assertThat(this.attachments.received(file.sha256(), "policy.txt")).isEmpty();
		assertThat(this.attachments.received("0".repeat(64), "policy.pdf")).isEmpty();
		assertThat(this.attachments.received("../../etc/passwd", "policy.pdf")).isEmpty();
	}

	@Test
	void theSweepRemovesOldOrphansAndKeepsWhatIsUsedOrRecent() throws IOException {
		String oldOrphan = this.attachments.receive("old.pdf", new ByteArrayInputStream(uniquePdf())).sha256();
		String recentOrphan = this.attachments.receive("recent.pdf", new ByteArrayInputStream(uniquePdf())).sha256();
		Attachment used = attach(uniquePdf());
		String thumbnail = this.store
			.store(new ByteArrayInputStream(TestFiles.text("thumbnail " + UUID.randomUUID())), "thumbnail.png",
					"image/png")
			.sha256();
		withThumbnail(used, thumbnail);
		Path unfinished = Files.createFile(root().resolve("incoming").resolve("upload-" + UUID.randomUUID() + ".tmp"));
		Path recentUnfinished = Files
			.createFile(root().resolve("incoming").resolve("upload-" + UUID.randomUUID() + ".tmp"));
		age(oldOrphan);
		age(used.getSha256());
		age(thumbnail);
		Files.setLastModifiedTime(unfinished, FileTime.from(this.clock.instant().minus(LONG_AGO)));

		OrphanSweep.Swept swept = this.sweep.sweep(this.clock.instant());

		assertThat(Files.exists(this.store.path(oldOrphan))).as("old orphan").isFalse();
		assertThat(Files.exists(this.store.path(recentOrphan))).as("orphan within the grace period").isTrue();
		assertThat(Files.exists(this.store.path(used.getSha256()))).as("attached file").isTrue();
		assertThat(Files.exists(this.store.path(thumbnail))).as("thumbnail").isTrue();
		assertThat(unfinished).doesNotExist();
		assertThat(recentUnfinished).exists();
		assertThat(swept.files()).isGreaterThanOrEqualTo(1);
		assertThat(swept.unfinished()).isGreaterThanOrEqualTo(1);
		Files.delete(recentUnfinished);
	}

	@Test
	void removingOneOfTwoAttachmentsSharingBytesKeepsTheBytes() throws IOException {
		byte[] pdf = uniquePdf();
		Attachment first = attach(pdf);
		Attachment second = attach(pdf);
		assertThat(second.getSha256()).isEqualTo(first.getSha256());

		this.attachments.remove(first.getId());
		age(first.getSha256());
		this.sweep.sweep(this.clock.instant());

		assertThat(Files.readAllBytes(this.store.path(second.getSha256()))).isEqualTo(pdf);

		this.attachments.remove(second.getId());
		this.sweep.sweep(this.clock.instant());

		assertThat(Files.exists(this.store.path(second.getSha256()))).as("bytes nothing uses").isFalse();
	}

	private Attachment attach(byte[] pdf) throws IOException {
		Attachment attachment = this.attachments.attach(this.resourceId,
				this.attachments.receive("policy.pdf", new ByteArrayInputStream(pdf)), "Policy", false);
		this.attached.add(attachment.getId());
		// Read it now: reading in the background stores a thumbnail and records it, which
		// would race the test's own look at the store.
		this.extraction.runUntilIdle();
		return attachment;
	}

	private void withThumbnail(Attachment attachment, String thumbnail) {
		this.transaction.executeWithoutResult((status) -> this.repository.findById(attachment.getId())
			.orElseThrow()
			.recordExtraction(new ExtractionResult(ExtractionStatus.EXTRACTED, null, List.of("Policy"), true, 1, null,
					null, thumbnail, false), this.clock.instant()));
	}

	private void age(String sha256) throws IOException {
		Files.setLastModifiedTime(this.store.path(sha256), FileTime.from(this.clock.instant().minus(LONG_AGO)));
	}

	private Instant lastStored(String sha256) throws IOException {
		return Files.getLastModifiedTime(this.store.path(sha256)).toInstant();
	}

	private Set<String> stored() throws IOException {
		try (Stream<ContentStore.StoredContent> contents = this.store.list()) {
			return contents.map(ContentStore.StoredContent::sha256).collect(Collectors.toSet());
		}
	}

	private Path root() {
		return this.store.path("0".repeat(64)).getParent().getParent().getParent();
	}

	private List<Path> incoming() throws IOException {
		Path incoming = root().resolve("incoming");
		if (!Files.isDirectory(incoming)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(incoming)) {
			return files.toList();
		}
	}

	private static byte[] uniquePdf() throws IOException {
		return TestFiles.pdf("Policy " + UUID.randomUUID());
	}

	/** Text of a given length, made as it is read. */
	private static final class RepeatingStream extends InputStream {

		private final long length;

		long read;

		RepeatingStream(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (this.read >= this.length) {
				return -1;
			}
			this.read++;
			return 'a';
		}

		@Override
		public int read(byte[] buffer, int offset, int count) {
			if (this.read >= this.length) {
				return -1;
			}
			int n = (int) Math.min(count, this.length - this.read);
			Arrays.fill(buffer, offset, offset + n, (byte) 'a');
			this.read += n;
			return n;
		}

	}

}
