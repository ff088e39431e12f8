package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the text of a PDF a page at a time with PDFBox. */
class PdfTextReader {

	/**
	 * Reads every page's text.
	 * @param file the PDF
	 * @return one entry a page, blank for pages without a text layer
	 * @throws InvalidPasswordException if the PDF needs a password
	 * @throws IOException if the file is not a readable PDF
	 */
	List<String> readPages(Path file) throws IOException {
		// A temp-file cache bounds memory for large documents.
		try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> pages = new ArrayList<>(document.getNumberOfPages());
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).strip());
			}
			return pages;
		}
	}

}
