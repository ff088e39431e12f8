package uk.youthjustice.library.attachments.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.AttachmentTextExtracted;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.AttachmentsProperties;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus through the whole path on PostgreSQL: attached, queued, claimed,
 * read in the background and recorded, each file ending in its expected status with its
 * bytes still downloadable; and the queue's promises: a job outlives the node that
 * claimed it, gives up after its attempts, stops at its time limit, and announces each
 * outcome.
 */
@WithLibrary
class ExtractionCorpusIT {

	@Autowired
	Attachments attachments;

	@Autowired
	ContentStore store;

	@Autowired
	ExtractionWorker worker;

	@Autowired
	ExtractionQueue queue;

	@Autowired
	ExtractionRecorder recorder;

	@Autowired
	Extractors extractors;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@Test
	void everyFileOfTheCorpusEndsInAClearStatusAndStaysDownloadable() throws Exception {
		List<Case> corpus = List.of(
				new Case("truncated.pdf", BadFiles.PDF, BadFiles.truncatedPdf(), ExtractionStatus.FAILED,
						"damaged or incomplete"),
				new Case("broken-xref.pdf", BadFiles.PDF, BadFiles.brokenCrossReferencePdf(),
						ExtractionStatus.EXTRACTED, null),
				new Case("user-password.pdf", BadFiles.PDF, BadFiles.encryptedPdf("user-secret"),
						ExtractionStatus.ENCRYPTED, "password"),
				new Case("owner-password.pdf", BadFiles.PDF, BadFiles.encryptedPdf(""), ExtractionStatus.EXTRACTED,
						null),
				new Case("javascript.pdf", BadFiles.PDF, TestFiles.scriptPdf(), ExtractionStatus.EXTRACTED, null),
				new Case("two-thousand-pages.pdf", BadFiles.PDF, BadFiles.pages(2000), ExtractionStatus.EXTRACTED,
						null),
				new Case("looping-pages.pdf", BadFiles.PDF, BadFiles.loopingPdf(), ExtractionStatus.FAILED,
						"refers back to itself"),
				new Case("scanned.pdf", BadFiles.PDF, BadFiles.scannedPdf(), ExtractionStatus.NO_TEXT_LAYER, null),
				new Case("bomb.docx", BadFiles.DOCX, BadFiles.docxZipBomb(100), ExtractionStatus.FAILED, "zip bomb"),
				new Case("guidance.docx", BadFiles.DOCX, TestFiles.docx("Panels meet weekly."),
						ExtractionStatus.EXTRACTED, null),
				new Case("protocol.doc", BadFiles.DOC, TestFiles.doc(), ExtractionStatus.EXTRACTED, null),
				new Case("conferences.odt", BadFiles.ODT, TestFiles.odt("Conferences are arranged within a week."),
						ExtractionStatus.EXTRACTED, null),
				new Case("malformed.txt", "text/plain", BadFiles.textWithMalformedByte(), ExtractionStatus.EXTRACTED,
						null),
				new Case("budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						"not really a spreadsheet".getBytes(StandardCharsets.UTF_8), ExtractionStatus.NOT_SUPPORTED,
						null));
		List<Attachment> attached = new ArrayList<>();
		for (Case file : corpus) {
			attached.add(attach(file.name(), file.mediaType(), file.bytes()));
		}
		assertThat(attached).allSatisfy(
				(attachment) -> assertThat(attachment.getExtractionStatus()).isEqualTo(ExtractionStatus.PENDING));

		CompletableFuture<Integer> reading = CompletableFuture.supplyAsync(this.worker::runUntilIdle);
		assertThat(LocalHttp.get(this.port, "/").statusCode()).as("the home page while files are read").isEqualTo(200);
		reading.join();

		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < corpus.size(); i++) {
			Case file = corpus.get(i);
			Attachment read = this.attachments.find(attached.get(i).getId()).orElseThrow();
			softly.assertThat(read.getExtractionStatus()).as(file.name()).isEqualTo(file.expected());
			if (file.reason() != null) {
				softly.assertThat(read.getExtractionError()).as(file.name()).contains(file.reason());
			}
			softly.assertThat(Files.readAllBytes(this.store.path(read.getSha256())))
				.as("%s is still downloadable", file.name())
				.isEqualTo(file.bytes());
			softly.assertThat(read.getExtractedAt()).as(file.name()).isNotNull();
		}
		softly.assertAll();
		Map<String, Object> big = row(attached.get(5));
		assertThat(big).containsEntry("page_count", 2000).containsEntry("text_by_page", true);
		assertThat(this.jdbc.queryForObject(
				"select text from attachment_page where attachment_id = ? " + "and page_number = 2000", String.class,
				attached.get(5).getId()))
			.isEqualTo("Page 2000 of the practice guidance");
		assertThat(row(attached.get(4))).containsEntry("has_script", true);
		assertThat(row(attached.get(7)).get("thumbnail_sha256")).as("the scanned page's thumbnail").isNotNull();
		assertThat(row(attached.get(10)).get("document_title")).isEqualTo("Referral protocol");
		assertThat(this.queue.waiting()).isZero();
		assertThat(LocalHttp.get(this.port, "/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void aFileClaimedByANodeThatStoppedIsTakenOverOnceTheLeaseRunsOut() {
		Long id = attachClaimedByDeadNode(Duration.ofMinutes(1), 1);

		this.worker.runUntilIdle();
		assertThat(status(id)).as("the claim still holds").isEqualTo(ExtractionStatus.PENDING);

		claimedAgo(id, Duration.ofMinutes(6));
		this.worker.runUntilIdle();

		assertThat(status(id)).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(this.jdbc.queryForObject("select count(*) from extraction_job where attachment_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void aFileStartedThreeTimesWithoutFinishingIsGivenUp() {
		Long id = attachClaimedByDeadNode(Duration.ofMinutes(6), 3);

		this.worker.runUntilIdle();

		Attachment attachment = this.attachments.find(id).orElseThrow();
		assertThat(attachment.getExtractionStatus()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(attachment.getExtractionError()).contains("gave up after 3 attempts");
	}

	@Test
	void theTimeLimitStopsAReadingAndFailsTheFile() {
		// The second worker's lease is a second, the library's five minutes: only the
		// second
		// worker takes this file over.
		Long id = attachClaimedByDeadNode(Duration.ofSeconds(2), 1, BadFiles.pages(2000));
		ExtractionWorker hurried = new ExtractionWorker(this.queue, this.recorder, this.extractors, this.store,
				new AttachmentsProperties(null, null, null, null, null, new AttachmentsProperties.Extraction(
						Duration.ofHours(1), Duration.ofMillis(50), 3, Duration.ofSeconds(1), 0, null, 0)),
				this.clock);
		hurried.start();
		try {
			hurried.runUntilIdle();
		}
		finally {
			hurried.stop();
		}

		Attachment attachment = this.attachments.find(id).orElseThrow();
		assertThat(attachment.getExtractionStatus()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(attachment.getExtractionError()).startsWith("Reading the file took longer than 50 ms");
	}

	@Test
	void eachOutcomeIsAnnouncedOnceItIsCommitted() {
		List<AttachmentTextExtracted> announced = new CopyOnWriteArrayList<>();
		ApplicationListener<?> listener = TransactionalApplicationListener.forPayload(TransactionPhase.AFTER_COMMIT,
				(Object payload) -> {
					if (payload instanceof AttachmentTextExtracted event) {
						announced.add(event);
					}
				});
		this.context.addApplicationListener(listener);
		try {
			Attachment attachment = attach("notes.txt", "text/plain",
					"Notes from the panel".getBytes(StandardCharsets.UTF_8));
			this.worker.runUntilIdle();

			assertThat(announced).containsExactly(new AttachmentTextExtracted(attachment.getId(),
					attachment.getResourceId(), ExtractionStatus.EXTRACTED));
		}
		finally {
			this.context.removeApplicationListener(listener);
		}
	}

	@Test
	void removingAWaitingFileRemovesItsJob() {
		Long id = attachClaimedByDeadNode(Duration.ofMinutes(1), 1);

		this.attachments.remove(id);

		assertThat(this.jdbc.queryForObject("select count(*) from extraction_job where attachment_id = ?",
				Integer.class, id))
			.isZero();
	}

	private Long attachClaimedByDeadNode(Duration ago, int attempts) {
		return attachClaimedByDeadNode(ago, attempts, TestFiles.pdf("Claimed by a node that stopped " + ago));
	}

	/**
	 * Attaches a file whose job a node claimed {@code ago} and then stopped, in one
	 * transaction, so that no worker sees the job unclaimed.
	 */
	private Long attachClaimedByDeadNode(Duration ago, int attempts, byte[] pdf) {
		return this.transaction.execute((status) -> {
			Long id = attach("claimed.pdf", BadFiles.PDF, pdf).getId();
			this.jdbc.update("update extraction_job set claimed_by = 'node-that-stopped', attempts = ? "
					+ "where attachment_id = ?", attempts, id);
			claimedAgo(id, ago);
			return id;
		});
	}

	private void claimedAgo(Long id, Duration ago) {
		this.jdbc.update("update extraction_job set claimed_at = ? where attachment_id = ?",
				OffsetDateTime.now(ZoneOffset.UTC).minus(ago), id);
	}

	private Attachment attach(String name, String mediaType, byte[] bytes) {
		try {
			Long resourceId = this.catalogue.findResource("leeds-yjs-resettlement-policy").orElseThrow().getId();
			return this.attachments.attach(resourceId,
					this.store.store(new ByteArrayInputStream(bytes), name, mediaType), name, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ExtractionStatus status(Long id) {
		return this.attachments.find(id).orElseThrow().getExtractionStatus();
	}

	private Map<String, Object> row(Attachment attachment) {
		return this.jdbc.queryForMap("select * from attachment where id = ?", attachment.getId());
	}

	record Case(String name, String mediaType, byte[] bytes, ExtractionStatus expected, String reason) {
	}

}
