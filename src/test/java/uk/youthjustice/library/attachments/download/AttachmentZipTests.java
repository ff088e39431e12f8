package uk.youthjustice.library.attachments.download;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.StoredFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Entry names in the zip of a resource's files. */
class AttachmentZipTests {

	@Test
	void aTakenNameGetsANumberBeforeItsExtensionWhateverItsCase() {
		Set<String> used = new HashSet<>();

		assertThat(AttachmentZip.uniqueName("notes.pdf", used)).isEqualTo("notes.pdf");
		assertThat(AttachmentZip.uniqueName("notes.pdf", used)).isEqualTo("notes (2).pdf");
		assertThat(AttachmentZip.uniqueName("Notes.PDF", used)).isEqualTo("Notes (3).PDF");
		assertThat(AttachmentZip.uniqueName("notes (2).pdf", used)).isEqualTo("notes (2) (2).pdf");
		assertThat(AttachmentZip.uniqueName("README", used)).isEqualTo("README");
		assertThat(AttachmentZip.uniqueName("readme", used)).isEqualTo("readme (2)");
		assertThat(AttachmentZip.uniqueName(".profile", used)).isEqualTo(".profile");
		assertThat(AttachmentZip.uniqueName(".profile", used)).isEqualTo(".profile (2)");
	}

	@Test
	void anEntryNameNeverPointsOutsideTheFolder() {
		assertThat(AttachmentZip.entryName(named("../../etc/passwd.pdf"))).isEqualTo("passwd.pdf");
		assertThat(AttachmentZip.entryName(named("..\\..\\windows\\win.ini"))).isEqualTo("win.ini");
		assertThat(AttachmentZip.entryName(named("line\nbreak.txt"))).isEqualTo("line_break.txt");
		assertThat(AttachmentZip.entryName(named(".."))).startsWith("attachment-");
		assertThat(AttachmentZip.entryName(named("x".repeat(400) + ".pdf"))).hasSize(AttachmentZip.MAX_NAME);
	}

	private static Attachment named(String fileName) {
		return new Attachment(1L, 0, "A file", new StoredFile("0".repeat(64), 1, fileName, "application/pdf"));
	}

}
