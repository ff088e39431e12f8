package uk.youthjustice.library.demo;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo file is complete enough to show every part of the library. */
class DemoLibraryTests {

	private final DemoLibrary library = DemoContentTestData.library();

	@Test
	void coversTheContentModel() {
		assertThat(this.library.resources()).hasSizeBetween(25, 35);
		assertThat(this.library.categories()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.library.topics()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(this.library.contacts()).hasSize(15);
		assertThat(this.library.documents()).hasSize(5)
			.allSatisfy((document) -> assertThat(document.sections()).hasSizeBetween(3, 20));
		assertThat(this.library.resources()).extracting(DemoLibrary.Item::kind)
			.contains("PRACTICE_EXAMPLE", "GUIDANCE_DOCUMENT");
		assertThat(this.library.resources()).extracting(DemoLibrary.Item::status)
			.contains("PUBLISHED", "DRAFT", "SCHEDULED", "ARCHIVED");
	}

	@Test
	void rendersEachDocumentAsAPdfWithOnePageASection() throws IOException {
		for (DemoLibrary.Document document : this.library.documents()) {
			try (PDDocument pdf = Loader.loadPDF(DemoPdf.render(document))) {
				assertThat(pdf.getNumberOfPages()).isEqualTo(document.sections().size());
				assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(document.title());
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(1);
				stripper.setEndPage(1);
				assertThat(stripper.getText(pdf)).contains(document.sections().get(0).heading());
			}
		}
	}

}
