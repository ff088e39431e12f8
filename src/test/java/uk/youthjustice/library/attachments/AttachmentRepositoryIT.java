package uk.youthjustice.library.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments keep their bytes by content address and their text a page at a time. */
@WithLibrary
class AttachmentRepositoryIT {

	@Autowired
	Attachments attachments;

	@Autowired
	AttachmentRepository repository;

	@Autowired
	ContentStore store;

	@Autowired
	ExtractionWorker extraction;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void pdfIsStoredOnceAndReadPageByPage() throws IOException {
		Long resourceId = this.catalogue.findResource("leeds-yjs-resettlement-policy").orElseThrow().getId();
		byte[] pdf = TestFiles.pdf("Resettlement begins on day one", "Accommodation is confirmed early");

		Attachment first = this.attachments.attach(resourceId,
				this.attachments.receive("policy.pdf", new ByteArrayInputStream(pdf)), "Policy", false);
		Attachment again = this.attachments.attach(resourceId,
				this.attachments.receive("copy.pdf", new ByteArrayInputStream(pdf)), "Same policy", false);
		assertThat(first.getExtractionStatus()).as("read in the background").isEqualTo(ExtractionStatus.PENDING);
		this.extraction.runUntilIdle();

		assertThat(again.getSha256()).isEqualTo(first.getSha256());
		assertThat(again.getPosition()).isEqualTo(first.getPosition() + 1);
		assertThat(Files.readAllBytes(this.store.path(first.getSha256()))).isEqualTo(pdf);
		this.transaction.executeWithoutResult((status) -> {
			Attachment found = this.repository.findById(first.getId()).orElseThrow();
			assertThat(found.getExtractionStatus()).isEqualTo(ExtractionStatus.EXTRACTED);
			assertThat(found.getPageCount()).isEqualTo(2);
			assertThat(found.getPageTexts()).containsExactly("Resettlement begins on day one",
					"Accommodation is confirmed early");
			assertThat(found.getSizeBytes()).isEqualTo(pdf.length);
			assertThat(found.getMediaType()).isEqualTo("application/pdf");
		});
	}

}
