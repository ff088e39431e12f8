package uk.youthjustice.library.attachments.extraction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.AttachmentsProperties;
import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each extractor on the bad-input corpus, without a database: the status, the reason
 * editors see, and what was read.
 */
class ExtractorsTests {

	private static final Duration ENOUGH = Duration.ofMinutes(1);

	private final MemoryContentStore store = new MemoryContentStore();

	private final Extractors extractors = new Extractors(this.store, new AttachmentsProperties(null, null, null, null,
			null, new AttachmentsProperties.Extraction(null, null, 0, null, 0, null, 0)), messages());

	@TempDir
	Path directory;

	@Test
	void pdfIsReadPageByPageWithItsPropertiesAndAThumbnail() throws IOException {
		ExtractionResult result = read(BadFiles.PDF,
				TestFiles.pdf("Resettlement begins on day one", "Accommodation is confirmed early"));

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.texts()).containsExactly("Resettlement begins on day one",
				"Accommodation is confirmed early");
		assertThat(result.textByPage()).isTrue();
		assertThat(result.pageCount()).isEqualTo(2);
		assertThat(result.documentTitle()).isEqualTo("Resettlement policy");
		assertThat(result.documentAuthor()).isEqualTo("Leeds Youth Justice Service");
		assertThat(result.hasScript()).isFalse();
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(this.store.get(result.thumbnailSha256())));
		assertThat(thumbnail.getWidth()).isEqualTo(200);
		assertThat(thumbnail.getHeight()).isBetween(280, 285);
	}

	@Test
	void truncatedPdfFailsWithAReason() throws IOException {
		ExtractionResult result = read(BadFiles.PDF, BadFiles.truncatedPdf());

		assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(result.reason()).startsWith("The file is damaged or incomplete")
			.contains("Page tree root must be a dictionary");
	}

	@Test
	void pdfWithABrokenCrossReferenceTableIsRepairedByPdfBox() throws IOException {
		ExtractionResult result = read(BadFiles.PDF, BadFiles.brokenCrossReferencePdf());

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.texts()).containsExactly("Broken but readable");
	}

	@Test
	void pdfNeedingAPasswordIsEncryptedOneWithOnlyAnOwnerPasswordIsRead() throws IOException {
		ExtractionResult locked = read(BadFiles.PDF, BadFiles.encryptedPdf("user-secret"));
		ExtractionResult ownerOnly = read(BadFiles.PDF, BadFiles.encryptedPdf(""));

		assertThat(locked.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
		assertThat(locked.reason()).contains("password").contains("can still be downloaded");
		assertThat(ownerOnly.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(ownerOnly.texts()).containsExactly("Confidential protocol");
	}

	@Test
	void pdfWithJavaScriptIsReadAndMarked() throws IOException {
		ExtractionResult result = read(BadFiles.PDF, TestFiles.scriptPdf());

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.hasScript()).isTrue();
	}

	@Test
	void pdfWhosePageTreeLoopsFailsWithoutHanging() throws IOException {
		ExtractionResult result = read(BadFiles.PDF, BadFiles.loopingPdf());

		assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(result.reason()).contains("list of pages refers back to itself");
	}

	@Test
	void scannedPdfHasNoTextLayerButAThumbnail() throws IOException {
		ExtractionResult result = read(BadFiles.PDF, BadFiles.scannedPdf());

		assertThat(result.status()).isEqualTo(ExtractionStatus.NO_TEXT_LAYER);
		assertThat(result.pageCount()).isEqualTo(1);
		assertThat(result.thumbnailSha256()).isNotNull();
	}

	@Test
	void readingStopsAtTheTimeLimitBetweenPages() throws IOException {
		ExtractionResult result = this.extractors.read(BadFiles.PDF, write(BadFiles.pages(300)),
				new ReadingLimits(Duration.ofMillis(1), 1000));

		assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(result.reason()).startsWith("Reading the file took longer than 1 ms");
	}

	@Test
	void textBeyondTheAllowanceIsDropped() throws IOException {
		ExtractionResult result = this.extractors.read(BadFiles.PDF, write(TestFiles.pdf("abcdef", "ghijkl", "mn")),
				new ReadingLimits(ENOUGH, 8));

		assertThat(result.texts()).containsExactly("abcdef", "gh", "");
		assertThat(result.pageCount()).isEqualTo(3);
	}

	@Test
	void wordDocumentIsReadWithItsRecordedPageCount() throws IOException {
		ExtractionResult result = read(BadFiles.DOCX, TestFiles.docx("Panels meet weekly.", "Minutes are kept."));

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.texts()).singleElement().asString().contains("Panels meet weekly.").contains("Minutes");
		assertThat(result.textByPage()).isFalse();
		assertThat(result.pageCount()).isEqualTo(2);
		assertThat(result.documentTitle()).isEqualTo("Panel guidance");
		assertThat(result.documentAuthor()).isEqualTo("Youth Justice Board");
	}

	@Test
	void wordZipBombFailsWithoutUnpackingIt() throws IOException {
		byte[] bomb = BadFiles.docxZipBomb(100);
		assertThat(bomb.length).isLessThan(1024 * 1024);

		ExtractionResult result = read(BadFiles.DOCX, bomb);

		assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(result.reason()).contains("zip bomb");
	}

	@Test
	void word97DocumentIsRead() throws IOException {
		ExtractionResult result = read(BadFiles.DOC, TestFiles.doc());

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.texts()).singleElement()
			.asString()
			.contains("Referrals reach the panel within five working days.");
		assertThat(result.documentTitle()).isEqualTo("Referral protocol");
		assertThat(result.documentAuthor()).isEqualTo("Youth Justice Service");
	}

	@Test
	void openDocumentTextIsRead() throws IOException {
		ExtractionResult result = read(BadFiles.ODT, TestFiles.odt("Conferences are arranged within a week."));

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.texts()).singleElement().asString().contains("Conferences are arranged within a week.");
		assertThat(result.pageCount()).isEqualTo(3);
		assertThat(result.documentTitle()).isEqualTo("Family group conferences");
		assertThat(result.documentAuthor()).isEqualTo("Cardiff YOS");
	}

	@Test
	void plainTextIsReadWithMalformedBytesReplacedAndNulsDropped() throws IOException {
		ExtractionResult result = read("text/plain; charset=UTF-8", BadFiles.textWithMalformedByte());

		assertThat(result.status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(result.texts()).containsExactly("Cymraeg: ŵ ŷ — \uFFFD end");
		assertThat(result.textByPage()).isFalse();
	}

	@Test
	void csvIsReadAsText() throws IOException {
		ExtractionResult result = read("text/csv", "area,referrals\nLeeds,12\n".getBytes(StandardCharsets.UTF_8));

		assertThat(result.texts()).containsExactly("area,referrals\nLeeds,12");
	}

	@Test
	void spreadsheetsAreStoredButNotRead() throws IOException {
		ExtractionResult result = read("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				new byte[] { 1, 2, 3 });

		assertThat(result.status()).isEqualTo(ExtractionStatus.NOT_SUPPORTED);
	}

	@Test
	void timeLimitsAreDescribedInWords() {
		assertThat(this.extractors.timedOut(Duration.ofMinutes(2)).reason()).contains("longer than 2 minutes");
		assertThat(this.extractors.timedOut(Duration.ofMinutes(1)).reason()).contains("longer than 1 minute,");
		assertThat(this.extractors.timedOut(Duration.ofSeconds(90)).reason()).contains("longer than 90 seconds");
		assertThat(this.extractors.gaveUp(3).reason()).contains("gave up after 3 attempts");
	}

	private ExtractionResult read(String mediaType, byte[] bytes) throws IOException {
		return this.extractors.read(mediaType, write(bytes), new ReadingLimits(ENOUGH, 1_000_000));
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(Files.createTempFile(this.directory, "file-", ".bin"), bytes);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/attachments");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
